package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class CanonicalWriterTest {
  @Test
  void sha256IsTheStandardDigestInLowerCaseHex() {
    assertEquals(
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        CanonicalWriter.sha256("abc"));
    assertEquals(
        "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        CanonicalWriter.sha256(new byte[0]));
  }

  @Test
  void theProviderIsFoundWithTheServiceLoaderAndDigestsWhatItWrites() {
    assertInstanceOf(ToStringCanonicalWriter.class, CanonicalWriter.provider().orElseThrow());
    Metric metric = Metric.of("run time", "minutes", Direction.LOWER);
    Document document =
        new Document() {
          @Override
          public DocumentKind kind() {
            return DocumentKind.KAIZEN;
          }

          @Override
          public String toString() {
            return metric.toString();
          }
        };
    assertEquals(
        CanonicalWriter.sha256(metric.toString()), CanonicalWriter.digest(document).orElseThrow());
  }
}
