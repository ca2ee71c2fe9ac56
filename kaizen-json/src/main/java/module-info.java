/**
 * Kaizen JSON: strict reading and writing of Kaizen documents with Jackson 3, and a Jackson module.
 *
 * <p>Exports {@link dev.kaizen.json} only; the formats, reader and writer in {@code
 * dev.kaizen.json.internal} are not exported. {@link dev.kaizen.json.KaizenJacksonModule} extends a
 * Jackson type and the API returns Kaizen documents, so this module reads {@code
 * tools.jackson.databind} and {@code dev.kaizen.core} transitively. It provides the Jackson module
 * and the {@link dev.kaizen.core.CanonicalWriter} of input digests to the service loader, as {@code
 * META-INF/services} does on the class path.
 */
module dev.kaizen.json {
  requires transitive dev.kaizen.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;

  exports dev.kaizen.json;

  provides tools.jackson.databind.JacksonModule with
      dev.kaizen.json.KaizenJacksonModule;
  provides dev.kaizen.core.CanonicalWriter with
      dev.kaizen.json.internal.CanonicalJsonWriter;
}
