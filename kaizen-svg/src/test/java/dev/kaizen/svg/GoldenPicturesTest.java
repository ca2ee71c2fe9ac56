package dev.kaizen.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample of {@code kaizen-examples/samples} drawn, parsed, rasterised by Batik, and compared
 * byte for byte with its golden file in {@code src/test/resources/dev/kaizen/svg/golden}.
 *
 * <p>When a change to a picture is intended, rewrite the golden files (and the README pictures,
 * {@link ReadmePicturesTest}) with {@code ./mvnw -o verify -pl kaizen-svg -am
 * -Dkaizen.svg.update=true}, then review the difference in version control. The PNGs Batik made are
 * left in {@code kaizen-svg/target/pictures} to be looked at.
 */
class GoldenPicturesTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "kaizen", "svg", "golden");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a3-major-issues",
        "assessment-trajectory",
        "kaizen-automation-script",
        "portfolio-2024",
        "portfolio-product-2025",
        "progression-case-senior"
      })
  void sampleIsDrawnAsItsGoldenFile(String sample) {
    String svg = Pictures.svg(Rendering.sample(sample));
    Rendering.parse(svg);
    Rendering.rasterise(svg, sample);
    assertEquals(svg, Pictures.svg(Rendering.sample(sample)), "the same document, the same bytes");
    Rendering.compare(GOLDEN.resolve(sample + ".svg"), svg);
  }
}
