package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenRecordScorer;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
  private final KaizenJson json = KaizenJson.defaults();

  @Test
  void aCustomPolicyIsReadAndScoresUnderItsOwnName() {
    ScoringPolicy policy =
        json.readPolicy(
            "{\"policy\": \"acme-kaizen/2\", \"model\": \"kaizen\","
                + " \"weights\": {\"completeness\": 0.5, \"rigour\": 0.5, \"impact\": 0}}");
    assertEquals("acme-kaizen/2", policy.name());
    assertEquals(DocumentKind.KAIZEN, policy.model());
    KaizenRecord inProgress =
        json.read(
            Fixtures.example("kaizen-automation-script.json")
                .replaceAll("(?s),\\s*\"evaluation\": \\{.*\\}\\s*\\}\\s*$", "}"),
            KaizenRecord.class);
    // completeness 5/6 = 83.33, rigour 7/8 = 87.5 (no evaluation on the step-1 metric)
    assertEquals(
        0.5 * 500.0 / 6 + 0.5 * 87.5,
        KaizenRecordScorer.withPolicy(policy).score(inProgress).total(),
        1e-9);
    assertEquals("acme-kaizen/2", KaizenRecordScorer.withPolicy(policy).score(inProgress).policy());
  }

  @Test
  void writingThenReadingGivesAnEqualPolicy() {
    assertEquals(
        KaizenRecordScorer.DEFAULT_POLICY,
        json.readPolicy(json.writePolicy(KaizenRecordScorer.DEFAULT_POLICY)));
  }

  private static final String PROGRESSION_POLICY =
      "{\"policy\": \"acme-progression/1\", \"model\": \"progression-case\","
          + " \"weights\": {\"leadership\": 1}, \"options\": {\"ratingAggregation\": %s}}";

  @Test
  void optionsAreReadCheckedAndWrittenBack() {
    ScoringPolicy policy = json.readPolicy(PROGRESSION_POLICY.formatted("\"minimum\""));
    assertEquals(java.util.Map.of("ratingAggregation", "minimum"), policy.options());
    assertEquals(policy, json.readPolicy(json.writePolicy(policy)));
    assertEquals(
        "minimum",
        SchemaCheck.tree(json.writePolicy(policy))
            .path("options")
            .path("ratingAggregation")
            .asString());
    // a policy that sets no option writes none, as before options existed
    assertTrue(
        SchemaCheck.tree(json.writePolicy(KaizenRecordScorer.DEFAULT_POLICY))
            .path("options")
            .isMissingNode());
  }

  @Test
  void anUnknownOptionOrValueIsBadInputAtItsPath() {
    BadInputException value =
        assertThrows(
            BadInputException.class,
            () -> json.readPolicy(PROGRESSION_POLICY.formatted("\"mean\"")));
    assertEquals("$.options.ratingAggregation", value.path());
    assertTrue(value.problem().contains("[median, minimum, manager]"), value.problem());
    BadInputException name =
        assertThrows(
            BadInputException.class,
            () ->
                json.readPolicy(
                    PROGRESSION_POLICY
                        .formatted("\"median\"")
                        .replace("ratingAggregation", "aggregation")));
    assertEquals("$.options.aggregation", name.path());
    assertTrue(name.problem().contains("unknown option"), name.problem());
    BadInputException type =
        assertThrows(
            BadInputException.class, () -> json.readPolicy(PROGRESSION_POLICY.formatted("1")));
    assertEquals("$.options.ratingAggregation", type.path());
  }

  @Test
  void aBadPolicyIsBadInput() {
    BadInputException sum =
        assertThrows(
            BadInputException.class,
            () ->
                json.readPolicy(
                    "{\"policy\": \"p/1\", \"model\": \"kaizen\", \"weights\": {\"completeness\": 0.5,"
                        + " \"rigour\": 0.2, \"impact\": 0.2}}"));
    assertTrue(sum.problem().contains("weights must add up to 1"), sum.getMessage());
    BadInputException type =
        assertThrows(
            BadInputException.class,
            () ->
                json.readPolicy(
                    "{\"policy\": \"p/1\", \"model\": \"kaizen\", \"weights\": {\"completeness\": \"1\"}}"));
    assertEquals("$.weights.completeness", type.path());
  }
}
