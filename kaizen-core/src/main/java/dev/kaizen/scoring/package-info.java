/**
 * Scoring shared by every model (DOMAIN.md §8).
 *
 * <ul>
 *   <li>{@link dev.kaizen.scoring.Score}: a total in [0, 100], the weighted sum of its {@link
 *       dev.kaizen.scoring.ScorePart}s, naming its policy.
 *   <li>{@link dev.kaizen.scoring.ScoringPolicy}: weights and thresholds as data, with a name and
 *       version.
 *   <li>{@link dev.kaizen.scoring.Scorer}: scores one model's documents under one policy.
 *   <li>{@link dev.kaizen.scoring.ScoreDeclaration}: how one model is scored, declared once: each
 *       {@link dev.kaizen.scoring.PartDeclaration part} (name, default weight, {@link
 *       dev.kaizen.scoring.PartFormula formula}, which may read the policy's thresholds) in report
 *       order and each {@link dev.kaizen.scoring.ThresholdDeclaration threshold} (name, default
 *       value). The model's default policy, the shape check of a custom policy and the score all
 *       follow from it.
 *   <li>{@link dev.kaizen.scoring.DeclaredScorer}: the base of every model's scorer; it applies a
 *       declaration under one policy, reporting the declared parts in declared order with their
 *       values clamped into [0, 100] (DOMAIN.md §12).
 * </ul>
 */
package dev.kaizen.scoring;
