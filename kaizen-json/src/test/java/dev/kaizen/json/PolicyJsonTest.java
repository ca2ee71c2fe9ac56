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
