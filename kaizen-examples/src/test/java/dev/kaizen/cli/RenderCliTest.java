package dev.kaizen.cli;

import static dev.kaizen.cli.CliRun.read;
import static dev.kaizen.cli.CliRun.run;
import static dev.kaizen.cli.CliRun.sample;
import static dev.kaizen.cli.CliRun.withInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.json.KaizenJson;
import dev.kaizen.svg.Pictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderCliTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a3-major-issues.json",
        "assessment-trajectory.json",
        "kaizen-automation-script.json",
        "portfolio-2024.json",
        "portfolio-product-2025.json",
        "progression-case-senior.json"
      })
  void rendersEverySampleAsTheLibraryDrawsIt(String name) {
    String file = sample(name);
    CliRun r = run("render", file);
    assertEquals(0, r.status, r.err);
    assertEquals("", r.err);
    assertEquals(Pictures.svg(KaizenJson.defaults().read(read(file))), r.out);
    assertTrue(r.out.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), r.out);
    assertTrue(r.out.endsWith("</svg>\n"), r.out);
  }

  @Test
  void readsStandardInputForADash() {
    String json = read(sample("assessment-trajectory.json"));
    CliRun r = withInput(json, "render", "-");
    assertEquals(0, r.status, r.err);
    assertEquals(Pictures.svg(KaizenJson.defaults().read(json)), r.out);
  }

  @Test
  void drawsADocumentWithErrorsButSaysSoWithStatusOne() {
    String json =
        "{\"kind\": \"assessment\", \"subject\": \"Ann\", \"date\": \"2024-01-31\","
            + " \"expertise\": 1.5, \"changeSkill\": 0.5, \"scope\": \"team\"}";
    CliRun r = withInput(json, "render", "-");
    assertEquals(1, r.status, r.err);
    assertTrue(r.out.contains("Competence/influence matrix of Ann"), r.out);
    assertEquals(
        "<stdin>: drawn, but the document has 1 error; run validate to list them", r.err.strip());
  }

  @Test
  void badInputIsOneLineOnStandardErrorWithStatusTwo() {
    CliRun r = withInput("{\"kind\": \"assessment\",", "render", "-");
    assertEquals(2, r.status);
    assertEquals("", r.out);
    assertTrue(r.err.startsWith("<stdin>: bad input at "), r.err);
    assertEquals(1, r.err.strip().lines().count(), r.err);
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun r = run("render", "no-such-file.json");
    assertEquals(2, r.status);
    assertEquals("", r.out);
    assertEquals("no-such-file.json: cannot read: no such file", r.err.strip());
  }

  @Test
  void wrongUsageIsStatus64() {
    String file = sample("portfolio-2024.json");
    for (String[] args :
        new String[][] {
          {"render"},
          {"render", file, file},
          {"render", "--json", file},
          {"render", "--ndjson", file}
        }) {
      CliRun r = run(args);
      assertEquals(64, r.status, String.join(" ", args));
      assertEquals("", r.out, String.join(" ", args));
      assertTrue(r.err.startsWith("kaizen: "), r.err);
    }
  }

  @Test
  void theHelpNamesTheCommand() {
    CliRun r = run("--help");
    assertTrue(r.out.contains("render FILE"), r.out);
  }
}
