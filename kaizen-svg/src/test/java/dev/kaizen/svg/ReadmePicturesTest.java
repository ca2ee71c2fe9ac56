package dev.kaizen.svg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Document;
import dev.kaizen.progression.ProgressionCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pictures the README shows, one per model, checked in under {@code docs/pictures}: each must
 * be exactly what the renderer draws for its sample, and the README must show it.
 *
 * <p>After an intended change to the pictures, rewrite them (and the golden files, {@link
 * GoldenPicturesTest}) with {@code ./mvnw -o verify -pl kaizen-svg -am -Dkaizen.svg.update=true}.
 */
class ReadmePicturesTest {
  private static final Path PICTURES = Path.of("..", "docs", "pictures");
  private static final Path README = Path.of("..", "README.md");

  @ParameterizedTest
  @CsvSource({
    "kaizen, kaizen-automation-script",
    "a3, a3-major-issues",
    "assessment, assessment-trajectory",
    "progression-case, progression-case-senior",
    "progression-case-v2, progression-case-ladders",
    "framework, progression-case-senior",
    "portfolio, portfolio-2024"
  })
  void theCheckedInPictureIsWhatTheRendererDrawsForItsSample(String picture, String sample)
      throws IOException {
    Document document = Rendering.sample(sample);
    if (picture.equals("framework")) {
      // No sample is a framework on its own: the README shows the one the sample case holds.
      document = ((ProgressionCase) document).framework();
    }
    String svg = Pictures.svg(document);
    Rendering.parse(svg);
    Rendering.rasterise(svg, "readme-" + picture);
    Rendering.compare(PICTURES.resolve(picture + ".svg"), svg);
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertTrue(
        readme.contains("](docs/pictures/" + picture + ".svg)"),
        "the README shows docs/pictures/" + picture + ".svg");
  }
}
