package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LackOfSolutionDetectorTest {
  private static final LackOfSolutionDetector DETECTOR = LackOfSolutionDetector.standard();

  private static Optional<String> phrase(String text) {
    return DETECTOR.find(text).map(LackOfSolutionFinding::phrase);
  }

  private static void fires(String text, String expectedPhrase) {
    assertEquals(Optional.of(expectedPhrase), phrase(text), text);
  }

  private static void quiet(String text) {
    assertEquals(Optional.empty(), phrase(text), text);
  }

  @Test
  void theFourExamplesOfTheDomain() {
    fires("our problem is we need a case management system", "need a case management system");
    fires("we lack a CI tool", "lack a CI tool");
    fires("we don't have a dashboard", "don't have a dashboard");
    fires("there is no ticketing system", "there is no ticketing system");
  }

  @Test
  void theFamilyAroundThem() {
    fires("The team needs a proper intake form.", "needs a proper intake form");
    fires("Last year we needed an approval workflow", "needed an approval workflow");
    fires("The unit lacks any test automation", "lacks any test automation");
    fires("We are lacking a release checklist", "lacking a release checklist");
    fires("the lack of a shared calendar", "lack of a shared calendar");
    fires("we do not have a wiki", "do not have a wiki");
    fires("The service doesn't have monitoring", "doesn't have monitoring");
    fires("Support does not have a knowledge base", "does not have a knowledge base");
    fires("we didn't have a runbook", "didn't have a runbook");
    fires("we did not have an on-call rota", "did not have an on-call rota");
    fires("we do not yet have a data warehouse", "do not yet have a data warehouse");
    fires("we haven't got a staging environment", "haven't got a staging environment");
    fires("we have no dashboard", "have no dashboard");
    fires("the form has no validation", "has no validation");
    fires("there's no CRM", "there's no CRM");
    fires("There are no automated tests", "There are no automated tests");
    fires("there was no feature flag system", "there was no feature flag system");
    fires("there isn't a ticketing system", "there isn't a ticketing system");
    fires("there is not a single dashboard", "there is not a single dashboard");
    fires("the office is missing a scanner", "missing a scanner");
    fires("we work without a CI server", "without a CI server");
    fires("we need some kind of tracker", "need some kind");
  }

  @Test
  void letterCaseAndApostrophes() {
    fires("WE NEED A CASE MANAGEMENT SYSTEM", "NEED A CASE MANAGEMENT SYSTEM");
    fires("We Lack A CI Tool", "Lack A CI Tool");
    fires("We don’t have a dashboard", "don’t have a dashboard");
    fires("We don‘t have a dashboard", "don‘t have a dashboard");
    fires("There’s no ticketing system", "There’s no ticketing system");
    fires("We DONT have a dashboard", "DONT have a dashboard");
    fires("'we need a tracker'", "need a tracker");
  }

  @Test
  void nearMissesThatStateAConditionDoNotFire() {
    quiet("we need 18 days to approve an invoice");
    quiet("we need eighteen days to approve an invoice");
    quiet("approvals need about 3 hours each");
    quiet("each release needs a full day of manual testing");
    quiet("we need two weeks to onboard a case worker");
    quiet("we need half a day per report");
    quiet("we need a lot of rework after every release");
    quiet("we need days to answer a complaint");
    quiet("we need to re-key every form twice");
    quiet("the needs of our users are unclear");
    quiet("users' needs are unclear");
    quiet("two signatures are needed for every invoice");
    quiet("there is no way to tell which release broke the build");
    quiet("we have no idea how many forms are lost");
    quiet("we do not need a new tool");
    quiet("we don't lack a dashboard");
    quiet("there is no need for another meeting");
    quiet("there are no 24-hour support lines");
    quiet("we have no data on lost forms");
    quiet("the team is missing the deadline every sprint");
    quiet("case workers re-key 40 forms a day");
    quiet("");
    quiet("   ...   ");
  }

  @Test
  void shortagesOfTimeAndPeopleAreLackOfSolutionStatements() {
    // DOMAIN.md §4 (issue 12) counts a shortage of a resource as a lack-of-solution statement;
    // these three were quiet before that.
    fires("we don't have enough testers", "don't have enough testers");
    fires("we lack the time to review", "lack the time");
    fires("there is no time left for reviews", "there is no time");
  }

  @Test
  void punctuationEndsAPhrase() {
    quiet("we need. A dashboard would help");
    quiet("we have no, well, dashboard");
    fires("we need a dashboard, a tracker and a wiki", "need a dashboard");
  }

  @Test
  void findingCarriesTheExactPhraseItsPositionTriggerAndSolution() {
    String text = "Our problem is: we need a case management system for the claims team.";
    LackOfSolutionFinding finding = DETECTOR.find(text).get();
    assertEquals("need a case management system", finding.phrase());
    assertEquals(text.indexOf("need"), finding.start());
    assertEquals(text.indexOf(" for"), finding.end());
    assertEquals(finding.phrase(), text.substring(finding.start(), finding.end()));
    assertEquals("need|needs|needed", finding.trigger());
    assertEquals("case management system", finding.solution());
  }

  @Test
  void findAllListsEveryPhraseInOrder() {
    List<String> all =
        DETECTOR
            .findAll(
                "We lack a CI tool. There is no ticketing system and we need a wiki, but we need 3 days.")
            .stream()
            .map(LackOfSolutionFinding::phrase)
            .collect(Collectors.toList());
    assertEquals(List.of("lack a CI tool", "There is no ticketing system", "need a wiki"), all);
  }

  @Test
  void hostileRepetitionFinishesAndIsCorrect() {
    String repeated = "we need ".repeat(100_000);
    assertEquals(800_000, repeated.length());
    quiet(repeated);
    String withTail = repeated + "a dashboard";
    LackOfSolutionFinding finding = DETECTOR.find(withTail).get();
    assertEquals("need a dashboard", finding.phrase());
    assertEquals(withTail.length() - "need a dashboard".length(), finding.start());
  }

  @Test
  void hostileRunsWithoutSpacesFinishAndAreCorrect() {
    quiet("a".repeat(500_000));
    quiet("need".repeat(200_000));
    quiet("'".repeat(300_000));
    quiet("-".repeat(300_000));
    quiet("a-".repeat(200_000));
    quiet("n't".repeat(200_000));
    String longWord = "x".repeat(400_000);
    fires(longWord + " we need a tracker " + longWord, "need a tracker " + longWord);
    assertEquals(0, DETECTOR.findAll("there is no ".repeat(50_000)).size());
    assertEquals(50_000, DETECTOR.findAll("we lack a tool. ".repeat(50_000)).size());
  }

  @Test
  void triggersAreReadableDataAndCanBeExtended() {
    assertTrue(LackOfSolutionDetector.TRIGGERS.contains("need|needs|needed"));
    LackOfSolutionDetector custom = LackOfSolutionDetector.of(List.of("we require|want"));
    assertEquals("we want a dashboard", custom.find("So we want a dashboard").get().phrase());
    assertEquals(Optional.empty(), custom.find("we need a dashboard"));
    assertThrows(IllegalArgumentException.class, () -> LackOfSolutionDetector.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> LackOfSolutionDetector.of(List.of(" ")));
    assertThrows(
        IllegalArgumentException.class, () -> LackOfSolutionDetector.of(List.of("need|a,b")));
    assertThrows(
        IllegalArgumentException.class, () -> LackOfSolutionDetector.of(List.of("need||needs")));
  }
}
