package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmartVerdictTest {
  private static final A3 GOOD = A3Fixtures.majorIssues();

  @Test
  void theSharedExampleIsSmart() {
    SmartVerdict verdict = GOOD.smart();
    assertEquals("SMART", verdict.letters());
    assertEquals(5, verdict.satisfiedCount());
    assertTrue(verdict.isSmart());
    assertEquals(
        List.of(SmartLetter.values()),
        verdict.criteria().stream().map(SmartCriterion::letter).collect(Collectors.toList()));
    assertTrue(
        verdict.criterion(SmartLetter.R).reason().contains("\"major\""),
        verdict.criterion(SmartLetter.R).reason());
    assertTrue(
        verdict.criterion(SmartLetter.M).reason().contains("17.6"),
        verdict.criterion(SmartLetter.M).reason());
  }

  @Test
  void specificCannotFailBecauseMetricRefusesABlankNameOrUnit() {
    assertThrows(IllegalArgumentException.class, () -> Metric.of(" ", "issues", Direction.LOWER));
    assertThrows(IllegalArgumentException.class, () -> Metric.of("issues", "", Direction.LOWER));
    assertTrue(GOOD.smart().isSatisfied(SmartLetter.S));
  }

  @Test
  void measurableFailsAloneWithoutATarget() {
    // Without a target A cannot be judged either; M is the letter of the missing number.
    SmartVerdict verdict = withGoal(GOOD.goal().withChange(OptionalDouble.empty())).smart();
    assertFalse(verdict.isSatisfied(SmartLetter.M));
    assertTrue(verdict.criterion(SmartLetter.M).reason().contains("no target"));
    assertEquals("SRT", verdict.letters());
  }

  @Test
  void achievableFailsAloneForATargetThatIsNotBetter() {
    assertEquals("SMRT", withGoal(GOOD.goal().withChange(0.2)).smart().letters());
    assertEquals(
        "the target 26.4 is not better than the baseline 22 for a metric where lower is better;"
            + " aim below 22",
        withGoal(GOOD.goal().withChange(0.2)).smart().criterion(SmartLetter.A).reason());
    assertEquals(
        "SMRT",
        withGoal(GOOD.goal().withChange(OptionalDouble.empty()).withTarget(22)).smart().letters());
  }

  @Test
  void achievableFailsAloneForANegativeTargetOfACount() {
    SmartVerdict verdict =
        withGoal(GOOD.goal().withChange(OptionalDouble.empty()).withTarget(-1)).smart();
    assertEquals("SMRT", verdict.letters());
    assertTrue(
        verdict.criterion(SmartLetter.A).reason().contains("below zero"),
        verdict.criterion(SmartLetter.A).reason());
    // a change of -150% gives a negative target too: 22 × (1 − 1.5) = −11
    assertEquals("SMRT", withGoal(GOOD.goal().withChange(-1.5)).smart().letters());
    // zero is fine
    assertEquals("SMART", withGoal(GOOD.goal().withChange(-1)).smart().letters());
  }

  @Test
  void aNegativeTargetIsAchievableWhenTheBaselineIsNegativeOrHigherIsBetter() {
    Goal balance =
        Goal.builder()
            .metric(Metric.of("major issues balance", "issues", Direction.LOWER))
            .baseline(-5)
            .target(-8)
            .deadline(LocalDate.of(2024, 3, 1))
            .build();
    assertTrue(withGoal(balance).smart().isSatisfied(SmartLetter.A));
    Goal higher =
        Goal.builder()
            .metric(Metric.of("major issues margin", "issues", Direction.HIGHER))
            .baseline(-5)
            .target(-2)
            .deadline(LocalDate.of(2024, 3, 1))
            .build();
    assertTrue(withGoal(higher).smart().isSatisfied(SmartLetter.A));
  }

  @Test
  void relevantFailsAloneWhenNoLongWordOfTheMetricAppears() {
    Goal goal = GOOD.goal().withMetric(Metric.of("lead time", "days", Direction.LOWER));
    SmartVerdict verdict = withGoal(goal).smart();
    assertEquals("SMAT", verdict.letters());
    assertTrue(
        verdict.criterion(SmartLetter.R).reason().contains("lead, time"),
        verdict.criterion(SmartLetter.R).reason());
  }

  @Test
  void relevantMatchesWholeWordsIgnoringCaseAndOnlyWordsOfFourLettersOrMore() {
    A3 a3 =
        GOOD.withBackground("Nothing relevant here")
            .withCurrentCondition(CurrentCondition.builder().statement("An ISSUE count").build());
    // "issue" is not the whole word "issues"; "in" is too short
    assertFalse(relevant(a3, "major issues in acceptance testing"));
    assertTrue(relevant(a3, "open issue count"), "ISSUE matches issue ignoring case");
    assertFalse(
        relevant(a3.withBackground("a bug in it"), "bug in it"), "no word of 4 letters or more");
    assertTrue(
        relevant(a3.withBackground("(Testing)-heavy releases"), "testing effort"),
        "punctuation separates words");
    assertFalse(
        relevant(a3.withBackground("retesting everything"), "testing effort"),
        "testing inside retesting is no whole word");
    assertTrue(
        relevant(
            GOOD.withBackground("-")
                .withCurrentCondition(
                    CurrentCondition.builder().statement("Acceptance is slow").build()),
            "major issues in acceptance testing"),
        "the problem statement counts too");
  }

  @Test
  void relevantMatchesAWordOfTheTextThatBeginsWithTheMetricsWord() {
    // DOMAIN.md §12: "invoice" matches "invoices" and "invoiced", not "reinvoiced"
    A3 a3 = GOOD.withCurrentCondition(CurrentCondition.builder().statement("Nothing here").build());
    assertTrue(relevant(a3.withBackground("Invoices wait"), "invoice approval"));
    assertTrue(relevant(a3.withBackground("twice INVOICED"), "invoice approval"));
    assertFalse(relevant(a3.withBackground("reinvoiced twice"), "invoice approval"));
    assertFalse(relevant(a3.withBackground("an invoic"), "invoice approval"), "a shorter word");
    SmartCriterion r =
        withGoal(
                GOOD.goal().withMetric(Metric.of("invoice approval time", "days", Direction.LOWER)))
            .withBackground("Invoices wait")
            .smart()
            .criterion(SmartLetter.R);
    assertTrue(r.reason().contains("\"invoice\" appears in the background"), r.reason());
  }

  @Test
  void timeBoundFailsAloneWithoutADeadlineOrWithOneNotAfterOpened() {
    assertEquals("SMAR", withGoal(GOOD.goal().withDeadline(Optional.empty())).smart().letters());
    assertEquals(
        "SMAR",
        withGoal(GOOD.goal().withDeadline(GOOD.opened())).smart().letters(),
        "the opening day is not after it");
    assertEquals(
        "SMAR", withGoal(GOOD.goal().withDeadline(LocalDate.of(2023, 1, 1))).smart().letters());
    assertEquals(
        "SMART", withGoal(GOOD.goal().withDeadline(GOOD.opened().plusDays(1))).smart().letters());
  }

  @Test
  void aVerdictListsEveryLetterInOrder() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SmartVerdict.builder()
                .addCriteria(SmartCriterion.of(SmartLetter.M, true, "x"))
                .build());
  }

  private static boolean relevant(A3 a3, String metricName) {
    return a3.withGoal(a3.goal().withMetric(Metric.of(metricName, "issues", Direction.LOWER)))
        .smart()
        .isSatisfied(SmartLetter.R);
  }

  /**
   * R searches an ASCII text in place; it must find exactly what splitting the text into lower-case
   * words finds, on texts of random letters, digits, capitals and separators (and a few non-ASCII
   * letters, which take the splitting path).
   */
  @Test
  void relevanceSearchedInPlaceAgreesWithSplittingIntoWords() {
    SplittableRandom random = new SplittableRandom(42);
    String alphabet = "abcdeABCDE019 -_.,'/éÉ";
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random, alphabet, random.nextInt(0, 30));
      String word = randomText(random, "abcde01", random.nextInt(1, 5));
      boolean split = AbstractSmartVerdict.words(text).stream().anyMatch(w -> w.startsWith(word));
      assertEquals(
          split,
          AbstractSmartVerdict.hasWordBeginningWith(text, word),
          () -> "\"" + word + "\" in \"" + text + "\"");
    }
    assertTrue(AbstractSmartVerdict.hasWordBeginningWith("Open INVOICES pile up", "invoice"));
    assertFalse(AbstractSmartVerdict.hasWordBeginningWith("reinvoiced twice", "invoice"));
    assertFalse(AbstractSmartVerdict.hasWordBeginningWith("one issue", "issues"));
  }

  private static String randomText(SplittableRandom random, String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static A3 withGoal(Goal goal) {
    return GOOD.withGoal(goal);
  }
}
