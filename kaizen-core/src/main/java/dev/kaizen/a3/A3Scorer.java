package dev.kaizen.a3;

import dev.kaizen.core.Attainment;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.DeclaredScorer;
import dev.kaizen.scoring.ScoreDeclaration;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scores an {@link A3} (DOMAIN.md §4). Under the default policy {@code a3-default/1}:
 *
 * <ul>
 *   <li>{@code completeness} = 100 × sections filled / 7;
 *   <li>{@code smart} = 100 × SMART letters satisfied / 5;
 *   <li>{@code traceability} = 100 × (traced countermeasures + addressed unrefuted hypotheses) /
 *       (countermeasures + unrefuted hypotheses), 0 when both are none; a countermeasure is
 *       <em>traced</em> when it addresses at least one root cause and only known ones;
 *   <li>{@code impact} = 100 × clamp(attainment, 0, 1), 0 without a check result (or without a
 *       target to attain);
 *   <li>total = 0.25 completeness + 0.25 smart + 0.2 traceability + 0.3 impact.
 * </ul>
 *
 * <p>The score depends on the root causes and countermeasures as sets: their order does not change
 * it. Immutable and thread-safe; a custom {@link ScoringPolicy} may change the weights.
 */
public final class A3Scorer extends DeclaredScorer<A3> {
  /**
   * The declaration of the score: its parts in report order, their default weights and formulas.
   */
  public static final ScoreDeclaration<A3> DECLARATION =
      ScoreDeclaration.<A3>builder(DocumentKind.A3, "a3-default/1")
          .part("completeness", 0.25, A3Scorer::completeness)
          .part("smart", 0.25, A3Scorer::smart)
          .part("traceability", 0.2, A3Scorer::traceability)
          .part("impact", 0.3, A3Scorer::impact)
          .build();

  /** The part names, in report order. */
  public static final List<String> PARTS = DECLARATION.partNames();

  /** The default policy, {@code a3-default/1}: weights 0.25, 0.25, 0.2, 0.3. */
  public static final ScoringPolicy DEFAULT_POLICY = DECLARATION.defaultPolicy();

  private static final A3Scorer DEFAULT = new A3Scorer(DEFAULT_POLICY);

  private A3Scorer(ScoringPolicy policy) {
    super(DECLARATION, policy);
  }

  /**
   * Returns the scorer of the default policy {@code a3-default/1}.
   *
   * @return the default scorer
   */
  public static A3Scorer defaults() {
    return DEFAULT;
  }

  /**
   * Returns a scorer that applies {@code policy}.
   *
   * @param policy a policy for {@code a3} documents that weighs completeness, smart, traceability
   *     and impact
   * @return the scorer
   * @throws IllegalArgumentException if the policy does not fit this model
   */
  public static A3Scorer withPolicy(ScoringPolicy policy) {
    return new A3Scorer(policy);
  }

  /**
   * Returns the completeness part: 100 × sections filled / 7.
   *
   * @param a3 the A3
   * @return the completeness, in [0, 100]
   */
  public static double completeness(A3 a3) {
    return a3.completeness();
  }

  /**
   * Returns the smart part: 100 × {@linkplain A3#smart() SMART letters} satisfied / 5.
   *
   * @param a3 the A3
   * @return the smart part, in [0, 100]
   */
  public static double smart(A3 a3) {
    return 100.0 * a3.smart().satisfiedCount() / SmartLetter.values().length;
  }

  /**
   * Returns the traceability part: 100 × (traced countermeasures + addressed unrefuted hypotheses)
   * / (countermeasures + unrefuted hypotheses); 0 when the A3 has neither.
   *
   * @param a3 the A3
   * @return the traceability, in [0, 100]
   */
  public static double traceability(A3 a3) {
    int countermeasures = a3.countermeasures().size();
    int traced = 0;
    for (Countermeasure countermeasure : a3.countermeasures()) {
      if (a3.isTraced(countermeasure)) {
        traced++;
      }
    }
    int unrefuted = 0;
    int addressed = 0;
    for (RootCause cause : a3.rootCauses()) {
      if (!cause.isRefuted()) {
        unrefuted++;
        if (a3.isAddressed(cause.id())) {
          addressed++;
        }
      }
    }
    int denominator = countermeasures + unrefuted;
    return denominator == 0 ? 0.0 : 100.0 * (traced + addressed) / denominator;
  }

  /**
   * Returns the A3's rigour as progression cases weigh it (DOMAIN.md §6): the mean of its {@link
   * #smart(A3) smart} and {@link #traceability(A3) traceability} parts. It is not a part of the
   * A3's own score.
   *
   * @param a3 the A3
   * @return the rigour, in [0, 100]
   */
  public static double rigour(A3 a3) {
    return (smart(a3) + traceability(a3)) / 2;
  }

  /**
   * Returns the impact part: 100 × clamp(attainment, 0, 1); 0 without a check result, or without a
   * target.
   *
   * @param a3 the A3
   * @return the impact, in [0, 100]
   */
  public static double impact(A3 a3) {
    OptionalDouble attainment = a3.attainment();
    return attainment.isPresent() ? 100.0 * Attainment.clamp(attainment.getAsDouble(), 0, 1) : 0.0;
  }
}
