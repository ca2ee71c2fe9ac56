package dev.kaizen.cli;

import static dev.kaizen.cli.CliRun.withInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.DocumentGenerators;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind is registered in every layer: a model, generators of valid documents, a JSON format
 * that reads back what it writes, and derived values that the JSON module and the command line
 * print as a non-empty object.
 */
class EveryKindTest {
  private static final KaizenJson JSON = KaizenJson.defaults();

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void generatedValidDocumentsGoThroughEveryLayer(DocumentKind kind) {
    Model<?, ?> model = Models.of(kind);
    Property.forAll(DocumentGenerators.valid(kind))
        .tries(20)
        .check(
            document -> {
              assertEquals(kind, document.kind());
              assertInstanceOf(model.type(), document);
              assertTrue(Kaizen.validate(document).isValid(), Kaizen.validate(document)::toString);
              assertEquals(document, JSON.read(JSON.write(document)), "JSON round trip");
              assertEquals(document, JSON.read(JSON.writeLine(document), model.type()));
              DerivedValues derived = Kaizen.derive(document);
              assertEquals(kind, derived.kind());
              assertInstanceOf(model.derivedType(), derived);
              Map<String, Object> printed = Output.derived(JSON, derived);
              assertFalse(printed.isEmpty(), "no derived values for " + kind.token());
            });
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void anyGeneratedDocumentIsOfItsKind(DocumentKind kind) {
    Property.forAll(DocumentGenerators.any(kind))
        .tries(20)
        .check(document -> assertEquals(kind, document.kind()));
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void scoreJsonPrintsANonEmptyDerivedObjectForEveryKind(DocumentKind kind) {
    Property.forAll(DocumentGenerators.valid(kind))
        .tries(3)
        .check(
            document -> {
              CliRun r = withInput(JSON.write(document), "score", "--json", "-");
              assertEquals(KaizenCli.VALID, r.status, r.err + r.out);
              String derived = JSON.writeDerived(Kaizen.derive(document));
              assertTrue(derived.startsWith("{\"") && derived.endsWith("}"), derived);
              assertTrue(r.out.strip().endsWith(",\"derived\":" + derived + "}"), r.out);
            });
  }

  @Test
  void theTextOfAFrameworkListsItsLevels() {
    String framework =
        "{\"kind\":\"framework\",\"name\":\"f\",\"levels\":["
            + "{\"id\":\"A\",\"title\":\"a\",\"minCompetence\":0.4,\"minScope\":\"team\",\"minEvidence\":1},"
            + "{\"id\":\"B\",\"title\":\"b\",\"minCompetence\":0.5,\"minScope\":\"team\",\"minEvidence\":1}]}";
    CliRun r = withInput(framework, "score", "-");
    assertEquals(0, r.status, r.out + r.err);
    String n = System.lineSeparator();
    assertTrue(
        r.out.contains("  derived" + n + "    levels: [A, B]" + n + "    levelCount: 2" + n),
        r.out);
  }

  @Test
  void everyGeneratedKindIsDrawn() {
    java.util.Set<DocumentKind> seen = java.util.EnumSet.noneOf(DocumentKind.class);
    Property.forAll(DocumentGenerators.valid()).tries(200).check(d -> seen.add(d.kind()));
    assertEquals(java.util.EnumSet.allOf(DocumentKind.class), seen);
    Document any = DocumentGenerators.any().generate(dev.kaizen.testing.Choices.seeded(1));
    assertInstanceOf(Models.of(any.kind()).type(), any);
  }
}
