/**
 * Scoring shared by every model (DOMAIN.md §8).
 *
 * <ul>
 *   <li>{@link dev.kaizen.scoring.Score}: a total in [0, 100], the weighted sum of its {@link
 *       dev.kaizen.scoring.ScorePart}s, naming its policy.
 *   <li>{@link dev.kaizen.scoring.ScoringPolicy}: weights and thresholds as data, with a name and
 *       version.
 *   <li>{@link dev.kaizen.scoring.Scorer}: scores one model's documents under one policy.
 * </ul>
 */
package dev.kaizen.scoring;
