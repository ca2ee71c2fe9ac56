package dev.kaizen.core;

import java.nio.charset.StandardCharsets;

/**
 * A test {@link CanonicalWriter}: writes a document's {@code toString()} (deterministic for the
 * Immutables value types), so that the core's digests can be tested without the JSON module.
 */
public final class ToStringCanonicalWriter implements CanonicalWriter {
  /** Creates the writer (the service loader calls this). */
  public ToStringCanonicalWriter() {}

  @Override
  public byte[] write(Document document) {
    return document.toString().getBytes(StandardCharsets.UTF_8);
  }
}
