package dev.kaizen.progression;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the non-self ratings of one track become its counted milestone when no calibration overrides
 * them (DOMAIN.md §6.2): the scoring policy's option {@code ratingAggregation} (see {@link
 * ProgressionCaseScorer#RATING_AGGREGATION}).
 */
public enum RatingAggregation implements Tokenized {
  /** The median of the non-self ratings; for an even count the lower of the two middle values. */
  MEDIAN,
  /** The lowest non-self rating. */
  MINIMUM,
  /**
   * The latest-dated manager rating (a rating without a date counts as older than any dated one);
   * of equal dates the one later in the list. No manager rating gives 0.
   */
  MANAGER;

  private static final List<RatingAggregation> ALL = List.of(values());

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns the tokens of every aggregation, in declaration order: {@code median}, {@code minimum},
   * {@code manager}.
   *
   * @return the tokens
   */
  public static List<String> tokens() {
    return Arrays.stream(values()).map(RatingAggregation::token).toList();
  }

  /**
   * Finds the aggregation whose token is {@code token}.
   *
   * @param token a token such as {@code median}
   * @return the aggregation, or empty when none has that token
   */
  public static Optional<RatingAggregation> ofToken(String token) {
    for (RatingAggregation aggregation : ALL) {
      if (aggregation.token().equals(token)) {
        return Optional.of(aggregation);
      }
    }
    return Optional.empty();
  }
}
