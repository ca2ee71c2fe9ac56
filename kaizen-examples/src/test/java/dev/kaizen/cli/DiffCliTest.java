package dev.kaizen.cli;

import static dev.kaizen.cli.CliRun.run;
import static dev.kaizen.cli.CliRun.sample;
import static dev.kaizen.cli.CliRun.withInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code kaizen diff} between two levels and between two editions (DOMAIN.md §6.2, §9). */
class DiffCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SNOWFLAKE = sample("framework-snowflake.json");
  private static final String LADDERS = sample("framework-engineering-ladders.json");

  @Test
  void twoLevelsOfSnowflakeDifferInTheirPoints() {
    CliRun r = run("diff", "--json", SNOWFLAKE, "L3.1", "L3.2");
    assertEquals(0, r.status, r.err);
    JsonNode diff = JSON.readTree(r.out);
    assertEquals("level-diff", diff.get("kind").asString());
    assertEquals("L3.1", diff.get("from").asString());
    assertEquals("L3.2", diff.get("to").asString());
    assertEquals(
        JSON.readTree("[{\"name\":\"points\",\"from\":36.0,\"to\":43.0,\"changed\":true}]"),
        diff.get("criteria"));
  }

  @Test
  void equivalentLevelsOfTwoLaddersDifferPerTrack() {
    CliRun r = run("diff", "--json", LADDERS, "IC3", "M3");
    assertEquals(0, r.status, r.err);
    List<String> changed = new ArrayList<>();
    JSON.readTree(r.out)
        .get("criteria")
        .forEach(
            c -> {
              if (c.get("changed").asBoolean()) {
                changed.add(c.get("name").asString());
              }
            });
    assertEquals(
        List.of(
            "milestones.technology",
            "milestones.system",
            "milestones.people",
            "milestones.process"),
        changed);
    CliRun text = run("diff", LADDERS, "IC3", "M3");
    assertEquals(0, text.status, text.err);
    assertTrue(text.out.contains("milestones.people: (not stated) -> 3"), text.out);
    assertTrue(text.out.contains("points: 10 -> 10 (same)"), text.out);
  }

  @Test
  void twoEditionsOfAFramework(@TempDir Path dir) throws IOException {
    ObjectNode edition = (ObjectNode) JSON.readTree(Files.readString(Path.of(LADDERS)));
    edition.put("revision", "2026.1");
    ObjectNode ic3 = (ObjectNode) edition.get("levels").get(2);
    ic3.put("minPoints", 12);
    ((tools.jackson.databind.node.ArrayNode) edition.get("levels")).remove(5);
    ((ObjectNode) edition.get("tracks").get(0)).put("weight", 2);
    Path newer = dir.resolve("newer.json");
    Files.writeString(newer, JSON.writeValueAsString(edition));
    CliRun r = run("diff", "--json", LADDERS, newer.toString());
    assertEquals(0, r.status, r.err);
    JsonNode diff = JSON.readTree(r.out);
    assertEquals("framework-diff", diff.get("kind").asString());
    assertEquals("2025.1", diff.get("from").asString());
    assertEquals("2026.1", diff.get("to").asString());
    assertEquals(JSON.readTree("[\"M4\"]"), diff.get("levels").get("removed"));
    assertEquals(0, diff.get("levels").get("added").size());
    assertEquals(
        JSON.readTree(
            "[{\"id\":\"IC3\",\"changes\":[{\"name\":\"points\",\"from\":10.0,\"to\":12.0}]}]"),
        diff.get("levels").get("changed"));
    assertEquals(
        JSON.readTree(
            "[{\"id\":\"technology\",\"changes\":[{\"name\":\"weight\",\"from\":1.0,\"to\":2.0}]}]"),
        diff.get("tracks").get("changed"));
    CliRun text = run("diff", LADDERS, newer.toString());
    assertEquals(0, text.status, text.err);
    assertTrue(text.out.startsWith("Engineering ladders: 2025.1 -> 2026.1"), text.out);
    assertTrue(text.out.contains("levels removed: M4"), text.out);
    CliRun same = withInput(Files.readString(Path.of(LADDERS)), "diff", LADDERS, "-");
    assertEquals(0, same.status, same.err);
    assertTrue(same.out.contains("no change"), same.out);
  }

  @Test
  void exitStatuses() {
    CliRun unknown = run("diff", SNOWFLAKE, "L3.1", "L9.9");
    assertEquals(64, unknown.status);
    assertTrue(unknown.err.contains("has no level \"L9.9\""), unknown.err);
    assertEquals(64, run("diff", SNOWFLAKE).status);
    assertEquals(64, run("diff", SNOWFLAKE, "L1.1", "L1.2", "L1.3").status);
    CliRun notAFramework = run("diff", sample("progression-case-snowflake.json"), SNOWFLAKE);
    assertEquals(2, notAFramework.status);
    assertTrue(notAFramework.err.contains("bad input at $.kind"), notAFramework.err);
    assertEquals(2, run("diff", "no-such-file.json", "L1", "L2").status);
  }
}
