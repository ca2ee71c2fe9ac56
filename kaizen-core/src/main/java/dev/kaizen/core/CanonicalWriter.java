package dev.kaizen.core;

import dev.kaizen.internal.CanonicalWriterHolder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A service that writes a {@link Document} as the library's canonical JSON bytes (DOMAIN.md §6.2:
 * members in the specification's order, no insignificant white space, numbers in their shortest
 * round-trip form, UTF-8). The core module has no JSON; the module {@code dev.kaizen.json} provides
 * this service, and the core finds it with {@link ServiceLoader} ({@code uses
 * dev.kaizen.core.CanonicalWriter} in its module descriptor, a {@code META-INF/services} entry on
 * the class path) to compute input digests, such as the {@code inputDigest} of a progression case's
 * decision.
 *
 * <p>An implementation must be deterministic and thread-safe: equal documents give equal bytes on
 * any JVM. When several providers are present, the one whose class name sorts first is used.
 */
public interface CanonicalWriter {
  /**
   * Writes {@code document} as canonical JSON.
   *
   * @param document the document
   * @return the UTF-8 bytes of its JSON text
   */
  byte[] write(Document document);

  /**
   * Returns the canonical writer found on the class or module path.
   *
   * @return the provider, or empty when none is present
   */
  static Optional<CanonicalWriter> provider() {
    return CanonicalWriterHolder.PROVIDER;
  }

  /**
   * Returns the digest of {@code document}: {@code "sha256:"} and the lower-case hex SHA-256 of the
   * bytes the {@linkplain #provider() provider} writes.
   *
   * @param document the document
   * @return the digest, or empty when no provider is present
   */
  static Optional<String> digest(Document document) {
    return provider().map(writer -> sha256(writer.write(document)));
  }

  /**
   * Returns {@code "sha256:"} and the lower-case hex SHA-256 of {@code bytes}.
   *
   * @param bytes the bytes
   * @return the digest text
   */
  static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns {@code "sha256:"} and the lower-case hex SHA-256 of the UTF-8 bytes of {@code text}.
   *
   * @param text the text
   * @return the digest text
   */
  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
