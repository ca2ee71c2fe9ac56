/**
 * The A3 improvement-opportunity template (DOMAIN.md §4): one page that states a problem and an
 * experiment to fix it, in seven sections.
 *
 * <ul>
 *   <li>{@link dev.kaizen.a3.A3}: the document, with every derived value (the goal's target, the
 *       SMART verdict, hypotheses without countermeasures, attainment, sections filled,
 *       completeness).
 *   <li>The sections, named by {@link dev.kaizen.a3.A3Section}: background (text), {@link
 *       dev.kaizen.a3.CurrentCondition}, {@link dev.kaizen.a3.Goal}, {@link
 *       dev.kaizen.a3.RootCause} (with {@link dev.kaizen.a3.Experiment} and its {@link
 *       dev.kaizen.a3.Outcome}), {@link dev.kaizen.a3.Countermeasure}, {@link dev.kaizen.a3.Check},
 *       {@link dev.kaizen.a3.FollowUp}.
 *   <li>{@link dev.kaizen.a3.SmartVerdict}: the goal judged letter by letter ({@link
 *       dev.kaizen.a3.SmartLetter}, {@link dev.kaizen.a3.SmartCriterion}).
 *   <li>{@link dev.kaizen.a3.LackOfSolutionDetector}: finds problem statements that only name a
 *       missing solution, as a {@link dev.kaizen.a3.LackOfSolutionFinding}.
 *   <li>{@link dev.kaizen.a3.A3Validator}: every {@code a3.*} rule.
 *   <li>{@link dev.kaizen.a3.A3Scorer}: the {@code a3-default/1} score.
 * </ul>
 */
package dev.kaizen.a3;
