package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.scoring.Scorer;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.validation.ValidationResult;
import java.util.List;

/**
 * Scores a {@link Framework}. DOMAIN.md gives a framework no score of its own (it is the yardstick
 * for progression cases, not evidence of leadership); so that every document can be scored
 * uniformly (for example by the command line), the default policy {@code framework-default/1}
 * reports one part, {@code levels-valid} (weight 1): 100 × the levels that break no rule of {@link
 * FrameworkValidator} / all levels, and 0 for a framework without levels (it can place nobody). A
 * framework whose levels are all sound therefore scores 100.
 *
 * <p>Immutable and thread-safe.
 */
public final class FrameworkScorer implements Scorer<Framework> {
  /** The part names, in report order. */
  public static final List<String> PARTS = List.of("levels-valid");

  /** The default policy, {@code framework-default/1}: {@code levels-valid} weighs 1. */
  public static final ScoringPolicy DEFAULT_POLICY =
      ScoringPolicy.builder()
          .name("framework-default/1")
          .model(DocumentKind.FRAMEWORK)
          .weights(ImmutableMap.of("levels-valid", 1.0))
          .build();

  private static final FrameworkScorer DEFAULT = new FrameworkScorer(DEFAULT_POLICY);

  private final ScoringPolicy policy;

  private FrameworkScorer(ScoringPolicy policy) {
    this.policy =
        policy.requireShape(DocumentKind.FRAMEWORK, ImmutableSet.copyOf(PARTS), ImmutableSet.of());
  }

  /**
   * Returns the scorer of the default policy {@code framework-default/1}.
   *
   * @return the default scorer
   */
  public static FrameworkScorer defaults() {
    return DEFAULT;
  }

  /**
   * Returns a scorer that applies {@code policy}.
   *
   * @param policy a policy for {@code framework} documents with the one part {@code levels-valid}
   * @return the scorer
   * @throws IllegalArgumentException if the policy does not fit this model
   */
  public static FrameworkScorer withPolicy(ScoringPolicy policy) {
    return new FrameworkScorer(policy);
  }

  @Override
  public ScoringPolicy policy() {
    return policy;
  }

  @Override
  public Score score(Framework framework) {
    return Score.builder()
        .policy(policy.name())
        .parts(
            ImmutableList.of(
                ScorePart.of(
                    "levels-valid", policy.weight("levels-valid"), levelsValid(framework))))
        .build();
  }

  /**
   * Returns the {@code levels-valid} part: 100 × levels without an error / levels; 0 without
   * levels.
   *
   * @param framework the framework
   * @return the part, in [0, 100]
   */
  public static double levelsValid(Framework framework) {
    int n = framework.levels().size();
    if (n == 0) {
      return 0;
    }
    ValidationResult result = FrameworkValidator.validate(framework);
    int sound = 0;
    for (int i = 0; i < n; i++) {
      if (!FrameworkValidator.touchesLevel(result, i, true)) {
        sound++;
      }
    }
    return 100.0 * sound / n;
  }
}
