package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.a3.LackOfSolutionDetector.Form;
import dev.kaizen.a3.LackOfSolutionDetector.WordList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The five forms of phrasing, the measured-condition exception, word lists and the work bound. */
class LackOfSolutionFormsTest {
  private static final LackOfSolutionDetector DETECTOR = LackOfSolutionDetector.standard();

  private static void fires(String text, String phrase, Form form, String solution) {
    Optional<LackOfSolutionFinding> found = DETECTOR.find(text);
    assertTrue(found.isPresent(), text);
    assertEquals(phrase, found.get().phrase(), text);
    assertEquals(form, found.get().form(), text);
    assertEquals(solution, found.get().solution(), text);
    assertEquals(phrase, text.substring(found.get().start(), found.get().end()), text);
  }

  private static void quiet(String text) {
    assertEquals(Optional.empty(), DETECTOR.find(text), text);
  }

  @Test
  void needsAndRequirementsOfAThing() {
    fires(
        "WE REQUIRE A NEW PAYROLL PLATFORM",
        "REQUIRE A NEW PAYROLL PLATFORM",
        Form.NAMED_THING,
        "NEW PAYROLL PLATFORM");
    fires("We need more staff", "need more staff", Form.NAMED_THING, "more staff");
    fires(
        "The call centre needs two more agents per shift",
        "needs two more agents per shift",
        Form.NAMED_THING,
        "two more agents per shift");
    fires(
        "There is a need for a central booking office",
        "need for a central booking office",
        Form.NAMED_THING,
        "central booking office");
    fires("Need better software", "Need better software", Form.NAMED_THING, "better software");
  }

  @Test
  void actions() {
    fires(
        "WE NEED TO BUY AN ERP SYSTEM",
        "NEED TO BUY AN ERP SYSTEM",
        Form.ACTION,
        "BUY AN ERP SYSTEM");
    fires("We must implement 5S", "must implement 5S", Form.ACTION, "implement 5S");
    fires(
        "Management should invest in a new MES",
        "should invest in a new MES",
        Form.ACTION,
        "invest in a new MES");
    fires("The old presses should be replaced", "should be replaced", Form.ACTION, "replaced");
    fires("Hire more cleaners", "Hire more cleaners", Form.NAMED_THING, "more cleaners");
    quiet("Employees need to enter the same data into three systems");
    quiet("Operators must restart the machine after every jam");
    quiet("We shouldn't buy another scanner");
  }

  @Test
  void neededThings() {
    fires("A new CRM is needed", "A new CRM is needed", Form.NEEDED, "new CRM");
    fires(
        "More inspectors are urgently needed at the port",
        "More inspectors are urgently needed",
        Form.NEEDED,
        "inspectors");
    fires("Training is lacking", "Training is lacking", Form.NEEDED, "Training");
    quiet("Two signatures are needed for every invoice");
    quiet("It is required that every order is checked");
    quiet("The required documents arrive late");
  }

  @Test
  void proposals() {
    fires(
        "The solution is to hire two more engineers",
        "The solution is to hire two more engineers",
        Form.SOLUTION,
        "hire two more engineers");
    fires(
        "the best answer would be a shared drive",
        "best answer would be a shared drive",
        Form.SOLUTION,
        "a shared drive");
    fires(
        "What we need is a single patient record",
        "What we need is a single patient record",
        Form.SOLUTION,
        "a single patient record");
    quiet("The current solution is slow and crashes");
    quiet("The answer is not known");
  }

  @Test
  void shortagesAndTraining() {
    fires("Not enough testers", "Not enough testers", Form.NAMED_THING, "testers");
    fires(
        "Insufficient staffing in the pharmacy",
        "Insufficient staffing",
        Form.NAMED_THING,
        "staffing");
    fires(
        "Absence of a root cause analysis process",
        "Absence of a root cause analysis process",
        Form.NAMED_THING,
        "root cause analysis process");
    fires(
        "too few forklift drivers",
        "too few forklift drivers",
        Form.NAMED_THING,
        "forklift drivers");
    fires(
        "The team is short of developers",
        "is short of developers",
        Form.NAMED_THING,
        "developers");
    fires(
        "We are always short on testers",
        "are always short on testers",
        Form.NAMED_THING,
        "testers");
    fires("The help desk is understaffed", "understaffed", Form.STATE, "understaffed");
    fires("operators are not trained", "not trained", Form.STATE, "not trained");
    fires(
        "Our engineers haven't been trained",
        "haven't been trained",
        Form.STATE,
        "haven't been trained");
    fires("No training for new cashiers", "No training", Form.NAMED_THING, "training");
    quiet("patients with no referral are sent home");
    quiet("No one checks the logs");
  }

  @Test
  void aMeasuredConditionIsNoLackOfSolutionStatement() {
    quiet("Customers without an account abandon 60% of checkouts");
    quiet("Patients lack information about their discharge date and call the ward 40 times a day");
    quiet("invoices missing a purchase order wait 9 days");
    quiet("Without a reminder, one in three patients misses the follow-up appointment");
    quiet("12 out of 40 machines have no maintenance log");
    quiet("We don't have a dashboard. Managers wait 3 days for the weekly figures.");
    quiet("We lack a tool and lose €4,000 in late fees");
    quiet("We lack a tool and lose 4,000 euros in late fees");
    quiet("Not enough drivers: parcels travel 2km further");
    quiet("Without a 24-hour line, callers give up");
    quiet("Orders without a slot cause 300 support calls");
    quiet("Untrained pickers make twice as many errors");
    quiet("Half of the orders have no delivery date");
    quiet("A third of invoices lack a purchase order");
  }

  @Test
  void aNumberInsideTheNamedThingIsNoMeasure() {
    fires(
        "We need 2 more nurses per shift",
        "need 2 more nurses per shift",
        Form.NAMED_THING,
        "2 more nurses per shift");
    fires(
        "We must buy two new forklifts",
        "must buy two new forklifts",
        Form.ACTION,
        "buy two new forklifts");
    fires("Untrained operators on line 4", "Untrained", Form.STATE, "Untrained");
    assertEquals(
        2, DETECTOR.findAll("We lack a CI tool and we need a wiki, but we need 3 days.").size());
  }

  @Test
  void wordListsCanBeReadExtendedAndTranslated() {
    assertTrue(DETECTOR.words(WordList.SOLUTION_VERBS).contains("buy"));
    assertEquals(LackOfSolutionDetector.TRIGGERS, DETECTOR.triggers());
    assertEquals(LackOfSolutionDetector.UNITS.size(), DETECTOR.words(WordList.UNITS).size());

    quiet("We need to digitalise the intake forms");
    LackOfSolutionDetector extended =
        LackOfSolutionDetector.builder().add(WordList.SOLUTION_VERBS, "Digitalise").build();
    assertEquals(
        "need to digitalise the intake forms",
        extended.find("We need to digitalise the intake forms").get().phrase());
    assertEquals(
        Optional.empty(),
        extended.toBuilder()
            .remove(WordList.SOLUTION_VERBS, "digitalise")
            .build()
            .find("We need to digitalise the intake forms"));

    LackOfSolutionDetector german =
        LackOfSolutionDetector.builder()
            .set(WordList.TRIGGERS, List.of("brauchen|braucht", "es gibt kein|keine|keinen"))
            .set(WordList.ACTION_TRIGGERS, List.of("müssen|muss"))
            .set(WordList.NEEDED_TRIGGERS, List.of())
            .set(WordList.SOLUTION_TRIGGERS, List.of())
            .set(WordList.STATE_TRIGGERS, List.of("unterbesetzt"))
            .set(WordList.SOLUTION_VERBS, List.of("kaufen", "einführen"))
            .set(WordList.DETERMINERS, List.of("ein", "eine", "einen", "das", "die", "der"))
            .set(WordList.FUNCTION_WORDS, List.of("für", "und", "um", "zu", "wir"))
            .set(WordList.UNITS, List.of("tage", "%", "minuten"))
            .build();
    assertEquals(
        "braucht ein neues CRM", german.find("Das Team braucht ein neues CRM").get().phrase());
    assertEquals(
        "Es gibt keine Wartungsplanung",
        german.find("Es gibt keine Wartungsplanung").get().phrase());
    assertEquals("muss kaufen", german.find("Man muss kaufen").get().phrase());
    assertEquals(Form.STATE, german.find("Die Apotheke ist unterbesetzt").get().form());
    assertEquals(Optional.empty(), german.find("Ohne Konto brechen 60 % der Kunden ab"));
    assertEquals(Optional.empty(), german.find("Es gibt keine Rechnung für 9 Tage"));

    assertThrows(
        IllegalArgumentException.class,
        () -> LackOfSolutionDetector.builder().add(WordList.UNITS, " "));
    assertThrows(
        IllegalArgumentException.class,
        () -> LackOfSolutionDetector.builder().add(WordList.ACTION_TRIGGERS, "must|a,b").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> LackOfSolutionDetector.builder().add(WordList.TRIGGERS, "^").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> {
          LackOfSolutionDetector.Builder none = LackOfSolutionDetector.builder();
          for (WordList list :
              List.of(
                  WordList.TRIGGERS,
                  WordList.ACTION_TRIGGERS,
                  WordList.NEEDED_TRIGGERS,
                  WordList.SOLUTION_TRIGGERS,
                  WordList.STATE_TRIGGERS)) {
            none.set(list, List.of());
          }
          none.build();
        });
  }

  /**
   * The work per character is bounded by a constant whatever the text: per word, a trie walk of at
   * most the longest trigger's length, a bounded number of attempts each reading a bounded number
   * of words, and a measure check of at most MEASURE_WINDOW words; per character, a constant.
   */
  private static final long STEPS_PER_CHARACTER = 16;

  private static void bounded(String text) {
    assertTrue(text.length() >= 100_000, "hostile text too short: " + text.length());
    LackOfSolutionScan scan = DETECTOR.scan(text);
    assertTrue(
        scan.steps <= STEPS_PER_CHARACTER * text.length(),
        scan.steps + " steps for " + text.length() + " characters of " + text.substring(0, 40));
    LackOfSolutionScan twice = DETECTOR.scan(text + " " + text);
    assertTrue(twice.steps <= STEPS_PER_CHARACTER * (2L * text.length() + 1), "not linear");
  }

  private static String repeat(String unit) {
    return unit.repeat(100_000 / unit.length() + 1);
  }

  @Test
  void hostileStatementsOfAHundredThousandCharactersTakeBoundedWork() {
    bounded(repeat("we need "));
    bounded(repeat("there is no "));
    bounded(repeat("is needed "));
    bounded(repeat("a new tool is needed "));
    bounded(repeat("the solution is to buy "));
    bounded(repeat("not enough "));
    bounded(repeat("we do not yet have "));
    bounded(repeat("1 in "));
    bounded(repeat("2 "));
    bounded(repeat("need to buy a new "));
    bounded(repeat("more "));
    bounded(repeat("x"));
    bounded(repeat("n't"));
    bounded(repeat(". "));
    bounded(repeat("4.5,"));
    bounded(repeat("%€"));
    Random random = new Random(12);
    List<String> vocabulary =
        List.of(
            "we",
            "need",
            "to",
            "buy",
            "a",
            "the",
            "no",
            "there",
            "is",
            "are",
            "not",
            "enough",
            "more",
            "two",
            "3",
            "days",
            "%",
            "lack",
            "of",
            "solution",
            "should",
            "be",
            "needed",
            "trained",
            "untrained",
            "per",
            "in",
            "out",
            ",",
            ".",
            "without",
            "missing");
    StringBuilder mixed = new StringBuilder();
    while (mixed.length() < 100_000) {
      mixed.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
    }
    bounded(mixed.toString());
    LackOfSolutionScan tail = DETECTOR.scan(repeat("we need ") + "a dashboard");
    assertEquals(1, tail.findings.size());
    assertFalse(tail.measured);
  }
}
