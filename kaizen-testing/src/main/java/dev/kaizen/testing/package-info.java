/**
 * Property-based testing for Kaizen and for users' own scoring rules.
 *
 * <ul>
 *   <li>{@link dev.kaizen.testing.Gen}: a generator made from {@link dev.kaizen.testing.Choices};
 *       every composed generator is seeded, reproducible and shrinks on its own.
 *   <li>{@link dev.kaizen.testing.Gens}: basic generators biased toward edge values.
 *   <li>{@link dev.kaizen.testing.Property}: the runner, reporting the seed that replays a failure.
 *   <li>{@link dev.kaizen.testing.generators}: generators for every model's documents.
 * </ul>
 */
package dev.kaizen.testing;
