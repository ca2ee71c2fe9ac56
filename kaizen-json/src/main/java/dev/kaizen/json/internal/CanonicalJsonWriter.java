package dev.kaizen.json.internal;

import dev.kaizen.core.CanonicalWriter;
import dev.kaizen.core.Document;
import dev.kaizen.json.KaizenJson;
import java.nio.charset.StandardCharsets;

/**
 * The {@link CanonicalWriter} of the JSON module (DOMAIN.md §6.2): a document exactly as {@link
 * KaizenJson#writeLine(Document)} writes it, in UTF-8. Members come in the specification's order,
 * without insignificant white space, and numbers in their shortest round-trip form, independent of
 * the JDK; so equal documents give equal bytes, and equal progression cases equal {@code
 * inputDigest}s, on any JVM. Found by {@link java.util.ServiceLoader}: the module descriptor {@code
 * provides} it, and {@code META-INF/services} names it on the class path.
 */
public final class CanonicalJsonWriter implements CanonicalWriter {
  private static final KaizenJson JSON = KaizenJson.defaults();

  /** Creates the writer; {@link java.util.ServiceLoader} calls this. */
  public CanonicalJsonWriter() {}

  @Override
  public byte[] write(Document document) {
    return JSON.writeLine(document).getBytes(StandardCharsets.UTF_8);
  }
}
