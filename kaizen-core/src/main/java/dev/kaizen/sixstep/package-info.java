/**
 * The Kaizen six-step record (DOMAIN.md §3): one improvement written as six steps that are filled
 * in order.
 *
 * <ul>
 *   <li>{@link dev.kaizen.sixstep.KaizenRecord}: the record, with every derived value (current
 *       step, gain per week, Pareto set, idea priority, {@link dev.kaizen.sixstep.KaizenOutcome}).
 *   <li>The steps: 1 {@link dev.kaizen.sixstep.Potential} (with {@link
 *       dev.kaizen.sixstep.Frequency}, {@link dev.kaizen.sixstep.Period}), 2 {@link
 *       dev.kaizen.sixstep.Analysis} ({@link dev.kaizen.sixstep.Contributor}), 3 {@link
 *       dev.kaizen.sixstep.Idea} ({@link dev.kaizen.sixstep.IdeaSource}), 4 {@link
 *       dev.kaizen.sixstep.Plan} ({@link dev.kaizen.sixstep.Risk}, {@link
 *       dev.kaizen.sixstep.Cost}), 5 {@link dev.kaizen.sixstep.Change}, 6 {@link
 *       dev.kaizen.sixstep.Evaluation} ({@link dev.kaizen.sixstep.Decision}); {@link
 *       dev.kaizen.sixstep.KaizenStep} names them.
 *   <li>{@link dev.kaizen.sixstep.KaizenRecordValidator}: every {@code kaizen.*} rule.
 *   <li>{@link dev.kaizen.sixstep.KaizenRecordScorer} and its {@link
 *       dev.kaizen.sixstep.RigourCheck}s: the {@code kaizen-default/1} score.
 * </ul>
 */
package dev.kaizen.sixstep;
