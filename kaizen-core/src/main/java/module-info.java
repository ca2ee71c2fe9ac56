/**
 * Kaizen core: the domain types, validators and scorers of every leadership model. No JSON.
 *
 * <p>Exports {@link dev.kaizen}, {@link dev.kaizen.core}, {@link dev.kaizen.validation}, {@link
 * dev.kaizen.scoring}, {@link dev.kaizen.sixstep}, {@link dev.kaizen.a3}, {@link
 * dev.kaizen.matrix}, {@link dev.kaizen.progression} and {@link dev.kaizen.portfolio}; the package
 * {@code dev.kaizen.internal} is not exported. Guava's immutable collections appear in the API, so
 * this module reads {@code com.google.common} transitively. It uses the service {@link
 * dev.kaizen.core.CanonicalWriter} (provided by {@code dev.kaizen.json}) for input digests.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations: a stable Automatic-Module-Name.
module dev.kaizen.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;

  exports dev.kaizen;
  exports dev.kaizen.a3;
  exports dev.kaizen.core;
  exports dev.kaizen.matrix;
  exports dev.kaizen.portfolio;
  exports dev.kaizen.progression;
  exports dev.kaizen.scoring;
  exports dev.kaizen.sixstep;
  exports dev.kaizen.validation;

  uses dev.kaizen.core.CanonicalWriter;
}
