/**
 * Generators for every model's documents, for property tests.
 *
 * <ul>
 *   <li>{@link dev.kaizen.testing.generators.SharedGenerators}: metrics, levels, scopes, dates.
 *   <li>{@link dev.kaizen.testing.generators.KaizenRecordGenerators}: Kaizen six-step records.
 *   <li>{@link dev.kaizen.testing.generators.PortfolioGenerators}: portfolios, and candidate pools
 *       for the planner.
 *   <li>{@link dev.kaizen.testing.generators.A3Generators}: A3s, complete, in progress and broken.
 *   <li>{@link dev.kaizen.testing.generators.AssessmentGenerators}: assessments on the
 *       competence/influence matrix, single and trajectories.
 *   <li>{@link dev.kaizen.testing.generators.ProgressionGenerators}: frameworks, evidence and
 *       progression cases, also with broken evidence.
 *   <li>{@link dev.kaizen.testing.generators.DocumentGenerators}: the generators of any kind, found
 *       by kind.
 *   <li>{@link dev.kaizen.testing.generators.Broken}: a document broken on purpose, with the rule
 *       it breaks.
 * </ul>
 */
package dev.kaizen.testing.generators;
