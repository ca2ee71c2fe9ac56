package dev.kaizen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kaizen.core.Document;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.json.KaizenSchemas;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.DocumentGenerators;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * What {@code score --json}, {@code validate --json} and {@code --ndjson} print is accepted by the
 * published report schema (DOMAIN.md §9, §10), for every sample and for generated documents; and
 * the schemas are inside the kaizen-json jar.
 */
class ReportSchemaCliTest {
  private static final Schema REPORT =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder -> builder.schemas(id -> KaizenSchemas.byId(id).orElse(null)))
          .getSchema(SchemaLocation.of(KaizenSchemas.reportId().toString()));

  private static void accepted(String line) {
    assertEquals(List.of(), REPORT.validate(line, InputFormat.JSON), line);
  }

  private static List<String> lines(CliRun run) {
    List<String> lines = run.out.lines().filter(l -> !l.isBlank()).toList();
    assertTrue(!lines.isEmpty(), run.err);
    return lines;
  }

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void theResultOfEverySampleIsAReport() throws IOException {
    List<Path> samples = samples();
    assertTrue(samples.size() >= 7, samples.toString());
    for (Path sample : samples) {
      for (String command : List.of("score", "validate")) {
        CliRun run = CliRun.run(command, "--json", sample.toString());
        List<String> lines = lines(run);
        assertEquals(1, lines.size(), run.out);
        accepted(lines.get(0));
        assertTrue(lines.get(0).contains("\"violations\""), lines.get(0));
      }
    }
    String[] all =
        Stream.concat(Stream.of("score", "--json"), samples.stream().map(Path::toString))
            .toArray(String[]::new);
    List<String> several = lines(CliRun.run(all));
    assertEquals(samples.size(), several.size());
    several.forEach(ReportSchemaCliTest::accepted);
    assertTrue(several.get(0).contains("\"file\""), several.get(0));
  }

  @Test
  void ndjsonResultsAndBadLinesAreReports() {
    KaizenJson json = KaizenJson.defaults();
    StringBuilder input = new StringBuilder();
    Property.forAll(DocumentGenerators.any())
        .tries(150)
        .check((Document document) -> input.append(json.writeLine(document)).append('\n'));
    input.append("\n{\"kind\": \"x\"}\nnot json\n");
    for (String mode : List.of("--ndjson", "--json --ndjson")) {
      String[] args =
          Stream.concat(Stream.of("score"), Stream.of(mode.split(" "))).toArray(String[]::new);
      String[] withStdin = Stream.concat(Stream.of(args), Stream.of("-")).toArray(String[]::new);
      List<String> lines = lines(CliRun.withInput(input.toString(), withStdin));
      assertEquals(152, lines.size(), mode);
      lines.forEach(ReportSchemaCliTest::accepted);
      assertTrue(lines.get(151).contains("\"error\""), lines.get(151));
    }
  }

  @Test
  void generatedDocumentsScoreToReports() {
    KaizenJson json = KaizenJson.defaults();
    Property.forAll(DocumentGenerators.any())
        .tries(100)
        .check(
            (Document document) -> {
              List<String> lines =
                  lines(CliRun.withInput(json.write(document), "score", "--json", "-"));
              assertEquals(1, lines.size());
              accepted(lines.get(0));
            });
  }

  @Test
  void theSchemasAreInTheKaizenJsonJar() throws IOException, URISyntaxException {
    Path location =
        Path.of(KaizenSchemas.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(location)) {
      throw new TestAbortedException("kaizen-json is a folder here, not a jar: " + location);
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      for (String id : KaizenSchemas.all().keySet()) {
        String entry =
            KaizenSchemas.RESOURCE_FOLDER + id.substring(KaizenSchemas.BASE_URI.length());
        assertTrue(jar.getEntry(entry) != null, entry + " in " + location);
      }
    }
  }
}
