package dev.kaizen.sixstep;

import dev.kaizen.core.Attainment;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.DeclaredScorer;
import dev.kaizen.scoring.ScoreDeclaration;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.List;

/**
 * Scores a {@link KaizenRecord} (DOMAIN.md §3). Under the default policy {@code kaizen-default/1}:
 *
 * <ul>
 *   <li>{@code completeness} = 100 × steps filled / 6;
 *   <li>{@code rigour} = 100 × {@linkplain RigourCheck checks} satisfied / 8 (a check of a step not
 *       yet reached is not satisfied);
 *   <li>{@code impact} = 100 × clamp(attainment, 0, 1), 0 before step 6;
 *   <li>total = 0.3 completeness + 0.3 rigour + 0.4 impact.
 * </ul>
 *
 * <p>Immutable and thread-safe; a custom {@link ScoringPolicy} may change the weights.
 */
public final class KaizenRecordScorer extends DeclaredScorer<KaizenRecord> {
  /**
   * The threshold {@code pareto-cut} (0.8 under the default policy): the share of the contributors'
   * total that the derived Pareto set reaches ({@link KaizenRecordDerived#of(KaizenRecord,
   * ScoringPolicy)}).
   */
  public static final String PARETO = "pareto-cut";

  /**
   * The declaration of the score: its parts in report order, their default weights and formulas.
   */
  public static final ScoreDeclaration<KaizenRecord> DECLARATION =
      ScoreDeclaration.<KaizenRecord>builder(DocumentKind.KAIZEN, "kaizen-default/1")
          .part("completeness", 0.3, KaizenRecordScorer::completeness)
          .part("rigour", 0.3, KaizenRecordScorer::rigour)
          .part("impact", 0.4, KaizenRecordScorer::impact)
          .threshold(PARETO, KaizenRecord.PARETO_CUT)
          .build();

  /** The part names, in report order. */
  public static final List<String> PARTS = DECLARATION.partNames();

  /** The default policy, {@code kaizen-default/1}: weights 0.3, 0.3, 0.4. */
  public static final ScoringPolicy DEFAULT_POLICY = DECLARATION.defaultPolicy();

  private static final KaizenRecordScorer DEFAULT = new KaizenRecordScorer(DEFAULT_POLICY);

  private KaizenRecordScorer(ScoringPolicy policy) {
    super(DECLARATION, policy);
  }

  /**
   * Returns the scorer of the default policy {@code kaizen-default/1}.
   *
   * @return the default scorer
   */
  public static KaizenRecordScorer defaults() {
    return DEFAULT;
  }

  /**
   * Returns a scorer that applies {@code policy}.
   *
   * @param policy a policy for {@code kaizen} documents that weighs completeness, rigour and impact
   * @return the scorer
   * @throws IllegalArgumentException if the policy does not fit this model
   */
  public static KaizenRecordScorer withPolicy(ScoringPolicy policy) {
    return new KaizenRecordScorer(policy);
  }

  /**
   * Returns the completeness part: 100 × steps filled / 6.
   *
   * @param record the record
   * @return the completeness, in [0, 100]
   */
  public static double completeness(KaizenRecord record) {
    return 100.0 * record.filledSteps().size() / KaizenStep.values().length;
  }

  /**
   * Returns the rigour part: 100 × the {@linkplain RigourCheck checks} satisfied / 8.
   *
   * @param record the record
   * @return the rigour, in [0, 100]
   */
  public static double rigour(KaizenRecord record) {
    return 100.0 * RigourCheck.satisfiedBy(record).size() / RigourCheck.values().length;
  }

  /**
   * Returns the impact part: 100 × clamp(attainment, 0, 1), or 0 before step 6.
   *
   * @param record the record
   * @return the impact, in [0, 100]
   */
  public static double impact(KaizenRecord record) {
    return record.outcome().map(o -> 100.0 * Attainment.clamp(o.attainment(), 0, 1)).orElse(0.0);
  }
}
