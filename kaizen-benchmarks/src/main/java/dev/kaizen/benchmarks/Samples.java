package dev.kaizen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped sample documents (kaizen-examples/samples), packed into the benchmarks jar. */
public final class Samples {
  /** The Kaizen record sample. */
  public static final String KAIZEN = "kaizen-checkout-guardrails.json";

  /** The A3 sample. */
  public static final String A3 = "a3-major-issues.json";

  /** The progression-case sample. */
  public static final String PROGRESSION_CASE = "progression-case-senior.json";

  private Samples() {}

  /**
   * Returns the bytes of a sample.
   *
   * @param name the file name, such as {@link #KAIZEN}
   * @return its UTF-8 bytes
   */
  public static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the file name of a sample given by the benchmarks' short name.
   *
   * @param sample "kaizen", "a3" or "progression-case"
   * @return the file name
   */
  public static String file(String sample) {
    switch (sample) {
      case "kaizen":
        return KAIZEN;
      case "a3":
        return A3;
      case "progression-case":
        return PROGRESSION_CASE;
      default:
        throw new IllegalArgumentException("no sample " + sample);
    }
  }
}
