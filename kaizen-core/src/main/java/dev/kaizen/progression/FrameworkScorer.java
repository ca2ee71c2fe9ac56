package dev.kaizen.progression;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.DeclaredScorer;
import dev.kaizen.scoring.ScoreDeclaration;
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
public final class FrameworkScorer extends DeclaredScorer<Framework> {
  /** The declaration of the score: its one part, its default weight and formula. */
  public static final ScoreDeclaration<Framework> DECLARATION =
      ScoreDeclaration.<Framework>builder(DocumentKind.FRAMEWORK, "framework-default/1")
          .part("levels-valid", 1.0, FrameworkScorer::levelsValid)
          .build();

  /** The part names, in report order. */
  public static final List<String> PARTS = DECLARATION.partNames();

  /** The default policy, {@code framework-default/1}: {@code levels-valid} weighs 1. */
  public static final ScoringPolicy DEFAULT_POLICY = DECLARATION.defaultPolicy();

  private static final FrameworkScorer DEFAULT = new FrameworkScorer(DEFAULT_POLICY);

  private FrameworkScorer(ScoringPolicy policy) {
    super(DECLARATION, policy);
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
