package dev.kaizen.json;

import static dev.kaizen.json.SchemaCheck.accepts;
import static dev.kaizen.json.SchemaCheck.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.DocumentGenerators;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The accessor of the published schemas, and generated documents and reports under them. */
class KaizenSchemasTest {
  private static final KaizenJson JSON = KaizenJson.defaults();
  private static final Path FOLDER =
      Path.of("src", "main", "resources").resolve(KaizenSchemas.RESOURCE_FOLDER);

  @Test
  void everySchemaIsDraft202012WithTheIdOfItsFile() {
    assertEquals(17, KaizenSchemas.all().size(), KaizenSchemas.all().keySet().toString());
    KaizenSchemas.all()
        .forEach(
            (id, text) -> {
              JsonNode schema = SchemaCheck.MAPPER.readTree(text);
              assertEquals(
                  "https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
              assertEquals(id, schema.get("$id").asString());
              assertTrue(id.startsWith(KaizenSchemas.BASE_URI), id);
              assertTrue(schema.has("title") && schema.has("description"), id);
              SchemaCheck.schema(URI.create(id)); // compiles, with every $ref resolved
            });
  }

  @Test
  void theListIsExactlyTheFilesOfTheResourceFolder() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(FOLDER)) {
      files = list.map(p -> KaizenSchemas.BASE_URI + p.getFileName()).sorted().toList();
    }
    assertEquals(files, KaizenSchemas.all().keySet().stream().sorted().toList());
    assertEquals(
        List.of(
            "common",
            "kaizen-v1",
            "a3-v1",
            "assessment-v1",
            "framework-v1",
            "framework-v2",
            "progression-case-v1",
            "progression-case-v2",
            "portfolio-v1",
            "kaizen",
            "a3",
            "assessment",
            "framework",
            "progression-case",
            "portfolio",
            "document",
            "report"),
        KaizenSchemas.all().keySet().stream()
            .map(id -> id.substring(KaizenSchemas.BASE_URI.length()).replace(".schema.json", ""))
            .toList());
  }

  @Test
  void schemasByKindAndVersion() {
    assertEquals(List.of(1, 2), KaizenSchemas.versions(DocumentKind.FRAMEWORK));
    assertEquals(List.of(1, 2), KaizenSchemas.versions(DocumentKind.PROGRESSION_CASE));
    assertEquals(List.of(1), KaizenSchemas.versions(DocumentKind.PORTFOLIO));
    assertEquals(
        URI.create("https://example.invalid/kaizen/schema/progression-case-v2.schema.json"),
        KaizenSchemas.id(DocumentKind.PROGRESSION_CASE, 2));
    assertEquals(
        URI.create("https://example.invalid/kaizen/schema/a3.schema.json"),
        KaizenSchemas.id(DocumentKind.A3));
    assertTrue(KaizenSchemas.schema(DocumentKind.A3, 1).contains("\"title\": \"A3 "));
    assertTrue(KaizenSchemas.schema(DocumentKind.A3).contains("a3-v1.schema.json"));
    assertTrue(KaizenSchemas.documentSchema().contains("\"Any Kaizen document\""));
    assertTrue(KaizenSchemas.reportSchema().contains("\"violations\""));
    assertEquals(
        Optional.of(KaizenSchemas.reportSchema()),
        KaizenSchemas.byId(KaizenSchemas.reportId().toString()));
    assertEquals(Optional.empty(), KaizenSchemas.byId(KaizenSchemas.BASE_URI + "x.schema.json"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> KaizenSchemas.schema(DocumentKind.KAIZEN, 2));
    assertEquals("a kaizen document has no version 2; its versions are [1]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> KaizenSchemas.id(DocumentKind.FRAMEWORK, 0));
  }

  @Test
  void theSchemasAreReadOnceAndShared() {
    assertTrue(KaizenSchemas.all() == KaizenSchemas.all());
    assertThrows(UnsupportedOperationException.class, () -> KaizenSchemas.all().put("x", "{}"));
  }

  /** Generated documents of every kind, valid or broken on purpose, as the library writes them. */
  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void generatedDocumentsAndTheirReportsAreAccepted(DocumentKind kind) {
    Property.forAll(DocumentGenerators.any(kind))
        .tries(300)
        .check(
            (Document document) -> {
              String text = JSON.write(document);
              int version = SchemaCheck.tree(text).path("version").asInt(1);
              accepts(KaizenSchemas.id(kind, version), text, "a generated " + kind.token());
              accepts(KaizenSchemas.id(kind), text, "a generated " + kind.token());
              accepts(KaizenSchemas.documentId(), text, "a generated " + kind.token());
              accepts(KaizenSchemas.reportId(), report(document), "its report");
              accepts(KaizenSchemas.reportId(), validation(document), "its validation");
            });
  }

  @Test
  void theReportOfEverySampleAndFixtureIsAccepted() {
    SchemaCheck.samplesAndFixtures()
        .forEach(
            (name, text) -> {
              Document document = JSON.read(text);
              accepts(KaizenSchemas.reportId(), report(document), "the report of " + name);
              accepts(KaizenSchemas.reportId(), validation(document), "the validation of " + name);
            });
  }

  @Test
  void badReportsAreRejected() {
    Document document = JSON.read(SchemaCheck.sample("kaizen-automation-script.json"));
    String report = report(document);
    List<String> bad = new ArrayList<>();
    bad.add(SchemaCheck.remove(report, "/valid"));
    bad.add(SchemaCheck.remove(report, "/violations"));
    bad.add(SchemaCheck.set(report, "/kind", "\"kaizen-record\""));
    bad.add(SchemaCheck.set(report, "/kind", "\"a3\"")); // derived of another kind
    bad.add(SchemaCheck.set(report, "/extra", "1"));
    bad.add(SchemaCheck.set(report, "/score/total", "101"));
    bad.add(SchemaCheck.set(report, "/score/parts", "[]"));
    bad.add(SchemaCheck.set(report, "/score/parts/0/weight", "1.5"));
    bad.add(SchemaCheck.remove(report, "/derived/currentStep"));
    bad.add(SchemaCheck.set(report, "/derived/currentStep", "8"));
    bad.add(SchemaCheck.set(report, "/derived/ideaOrder", "\"I1\""));
    bad.add(SchemaCheck.set(report, "/derived/colour", "\"red\""));
    bad.add(SchemaCheck.set(report, "/line", "0"));
    bad.add(SchemaCheck.set(report, "/file", "\"\""));
    bad.add(
        SchemaCheck.set(
            report,
            "/violations",
            "[{\"path\": \"$.plan\", \"code\": \"kaizen.plan.no-risks\", \"severity\":"
                + " \"info\", \"message\": \"the plan names no risk\"}]"));
    bad.add(
        SchemaCheck.set(
            report,
            "/violations",
            "[{\"path\": \"plan\", \"code\": \"kaizen.plan.no-risks\", \"severity\":"
                + " \"warning\", \"message\": \"the plan names no risk\"}]"));
    bad.add("{\"valid\": true, \"error\": {\"path\": \"$\", \"message\": \"x\"}}");
    bad.add(
        "{\"valid\": false, \"error\": {\"path\": \"$\", \"line\": -1, \"column\": 1,"
            + " \"message\": \"x\"}}");
    bad.add("{\"valid\": false, \"error\": {\"path\": \"$\", \"message\": \"x\"}}");
    for (String text : bad) {
      rejects(KaizenSchemas.reportId(), text, "a bad report");
    }
    accepts(
        KaizenSchemas.reportId(),
        SchemaCheck.set(SchemaCheck.set(report, "/file", "\"a.json\""), "/line", "3"),
        "a report with file and line");
    accepts(
        KaizenSchemas.reportId(),
        "{\"valid\": false, \"error\": {\"path\": \"$.kind\", \"line\": 1, \"column\": 9,"
            + " \"message\": \"\\\"x\\\" is not allowed here\"}, \"line\": 1}",
        "bad input as the command line prints it");
    accepts(
        KaizenSchemas.reportId(),
        "{\"valid\": false, \"error\": {\"path\": \"$\", \"line\": 0, \"column\": 0,"
            + " \"message\": \"the input looks like UTF-16\"}, \"file\": \"a.json\"}",
        "bad input at an unknown position (0)");
  }

  private static String report(Document document) {
    return JSON.writeReport(Kaizen.report(document));
  }

  private static String validation(Document document) {
    return JSON.writeReport(Kaizen.validationReport(document));
  }
}
