/**
 * The competence/influence matrix (DOMAIN.md §5): where a person stands as a leader, and what they
 * should work on next.
 *
 * <ul>
 *   <li>{@link dev.kaizen.matrix.Assessment}: a subject and the history of their {@link
 *       dev.kaizen.matrix.Position}s; the last is the current one. {@link
 *       dev.kaizen.matrix.AssessmentForm} remembers which JSON form it was written in.
 *   <li>{@link dev.kaizen.matrix.Matrix}: the formulas (competence, influence, leadership) on
 *       values clamped into [0, 1]; {@link dev.kaizen.matrix.Quadrant} and {@link
 *       dev.kaizen.matrix.NextFocus}: the quadrant and the next focus at a threshold.
 *   <li>{@link dev.kaizen.matrix.AssessmentValidator}: every {@code matrix.*} rule.
 *   <li>{@link dev.kaizen.matrix.AssessmentScorer}: the {@code matrix-default/1} score, whose total
 *       is the leadership figure.
 * </ul>
 */
package dev.kaizen.matrix;
