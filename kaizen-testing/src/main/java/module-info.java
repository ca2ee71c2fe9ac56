/**
 * Kaizen testing: seeded, shrinking generators for every Kaizen type and a small property runner.
 *
 * <p>Exports {@link dev.kaizen.testing} and {@link dev.kaizen.testing.generators}. The generators
 * make Kaizen documents and the runner reports failures as {@code
 * org.opentest4j.AssertionFailedError} (what JUnit reports), so this module reads {@code
 * dev.kaizen.core} and {@code org.opentest4j} transitively.
 */
module dev.kaizen.testing {
  requires transitive dev.kaizen.core;
  requires transitive org.opentest4j;

  exports dev.kaizen.testing;
  exports dev.kaizen.testing.generators;
}
