package dev.kaizen.scoring;

import java.util.Objects;

/**
 * A {@link Scorer} that applies a {@link ScoreDeclaration} under one {@link ScoringPolicy}: the
 * policy is {@linkplain ScoreDeclaration#requireShape(ScoringPolicy) checked} once, when the scorer
 * is made, and {@link #score(Object)} reports the declared parts in declared order, weighted by the
 * policy and clamped into [0, 100].
 *
 * <p>Each model's scorer is a final subclass that passes its declaration and a policy to this
 * constructor and adds only what is particular to the model (its part formulas, and readings such
 * as the matrix quadrant at the policy's threshold). Subclasses must stay immutable and
 * thread-safe.
 *
 * @param <T> the document type
 */
public abstract class DeclaredScorer<T> implements Scorer<T> {
  private final ScoreDeclaration<T> declaration;
  private final ScoringPolicy policy;

  /**
   * Makes a scorer that applies {@code declaration} under {@code policy}.
   *
   * @param declaration how the model is scored
   * @param policy the policy to apply
   * @throws IllegalArgumentException if the policy does not fit the declaration (another model,
   *     other parts, a missing threshold)
   */
  protected DeclaredScorer(ScoreDeclaration<T> declaration, ScoringPolicy policy) {
    this.declaration = Objects.requireNonNull(declaration, "declaration");
    this.policy = declaration.requireShape(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns how this scorer's model is scored: its parts, thresholds and default policy.
   *
   * @return the declaration
   */
  public final ScoreDeclaration<T> declaration() {
    return declaration;
  }

  @Override
  public final ScoringPolicy policy() {
    return policy;
  }

  @Override
  public final Score score(T document) {
    return declaration.score(policy, document);
  }
}
