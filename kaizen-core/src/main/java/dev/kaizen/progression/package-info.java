/**
 * Progression frameworks and promotion cases (DOMAIN.md §6, §6.2): how an HR tool scores a case for
 * promotion from written evidence of positive change and from ratings of a framework's tracks.
 *
 * <ul>
 *   <li>{@link dev.kaizen.progression.Framework}: ordered {@link
 *       dev.kaizen.progression.FrameworkLevel}s; {@link dev.kaizen.progression.FrameworkValidator}
 *       checks the {@code framework.*} rules; {@link dev.kaizen.progression.FrameworkScorer} gives
 *       it the {@code framework-default/1} score ({@code levels-valid}).
 *   <li>{@link dev.kaizen.progression.ProgressionCase}: a candidate, a target level, a framework
 *       and evidence (Kaizen records and A3s).
 *   <li>{@link dev.kaizen.progression.ProgressionEvaluation}: the case's figures, computed once:
 *       one {@link dev.kaizen.progression.EvidenceRecord} per record (with its {@link
 *       dev.kaizen.progression.EvidenceStatus} and reason), change skill, competence, scope,
 *       influence, evidence count, one {@link dev.kaizen.progression.LevelResult} per level with
 *       its {@link dev.kaizen.progression.Criterion}s ({@link
 *       dev.kaizen.progression.CriterionName}), the highest level met, the target and the {@link
 *       dev.kaizen.progression.ProgressionFocus}.
 *   <li>{@link dev.kaizen.progression.ProgressionCaseDerived}: the figures a report keeps, as plain
 *       data, with one {@link dev.kaizen.progression.EvidenceSummary} per record.
 *   <li>{@link dev.kaizen.progression.ProgressionExplanation}: says how each figure of an
 *       evaluation was found, in plain English.
 *   <li>{@link dev.kaizen.progression.ProgressionCaseValidator}: every {@code progression.*} rule,
 *       plus the framework's rules below {@code $.framework}.
 *   <li>{@link dev.kaizen.progression.ProgressionCaseScorer}: the {@code progression-default/1}
 *       score, whose total is the leadership figure, and the policy option {@code
 *       ratingAggregation} ({@link dev.kaizen.progression.RatingAggregation}).
 * </ul>
 *
 * <p>Version 2 (§6.2) adds to a framework its {@code revision}, {@link
 * dev.kaizen.progression.Track}s (milestone ladders with points and weights) and levels on parallel
 * ladders with ranks, each criterion optional (minPoints and minMilestones as well); and to a case
 * its ladder, {@link dev.kaizen.progression.Rating}s by {@link dev.kaizen.progression.Rater} and
 * {@link dev.kaizen.progression.Calibration}s. The evaluation then reports one {@link
 * dev.kaizen.progression.TrackResult} per track (counted milestone, self rating and gap, who
 * calibrated), the points, the levels of the judged ladder, their equivalents, the gaps and the
 * pinned {@link dev.kaizen.progression.PinnedDecision} (framework, revision, policy, input digest,
 * the digest from a {@link dev.kaizen.core.CanonicalWriter} such as the JSON module provides).
 * Version 1 documents keep their exact meaning.
 */
package dev.kaizen.progression;
