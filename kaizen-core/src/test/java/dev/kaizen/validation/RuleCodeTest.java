package dev.kaizen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleCodeTest {
  /** model prefix, then at least one dot-separated lower-case kebab-case word. */
  private static final Pattern CODE =
      Pattern.compile(
          "(kaizen|a3|matrix|framework|progression|portfolio)(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  @Test
  void everyCodeIsUnique() {
    Set<String> seen = new HashSet<>();
    for (RuleCode rule : RuleCode.values()) {
      assertTrue(seen.add(rule.code()), () -> "duplicate code " + rule.code());
    }
  }

  @ParameterizedTest
  @EnumSource(RuleCode.class)
  void codeIsLowerCaseDottedKebabWithAModelPrefix(RuleCode rule) {
    assertTrue(CODE.matcher(rule.code()).matches(), rule.code());
    assertTrue(
        rule.code().split("\\.").length >= 3, () -> "model.subject.rule expected: " + rule.code());
  }

  @ParameterizedTest
  @EnumSource(RuleCode.class)
  void constantNameSpellsTheCode(RuleCode rule) {
    // so that searching for the constant finds where the code is checked
    assertEquals(
        rule.name(), rule.code().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
  }

  @ParameterizedTest
  @EnumSource(RuleCode.class)
  void ofCodeRoundTrips(RuleCode rule) {
    assertEquals(Optional.of(rule), RuleCode.ofCode(rule.code()));
    assertEquals(rule.code(), rule.toString());
    assertFalse(rule.rule().isBlank());
  }

  @Test
  void ofCodeOfAnUnknownCodeIsEmpty() {
    assertEquals(Optional.empty(), RuleCode.ofCode("kaizen.steps.unknown"));
    assertEquals(Optional.empty(), RuleCode.ofCode("KAIZEN.STEPS.OUT-OF-ORDER"));
    assertEquals(Optional.empty(), RuleCode.ofCode("KAIZEN_STEPS_OUT_OF_ORDER"));
    assertEquals(Optional.empty(), RuleCode.ofCode(""));
  }

  @Test
  void kaizenCodesAndSeveritiesFollowDomainSectionThree() {
    assertEquals(
        Severity.ERROR, RuleCode.ofCode("kaizen.steps.out-of-order").orElseThrow().severity());
    assertEquals(
        Severity.ERROR,
        RuleCode.ofCode("kaizen.potential.target-not-better").orElseThrow().severity());
    assertEquals(Severity.ERROR, RuleCode.ofCode("kaizen.analysis.empty").orElseThrow().severity());
    assertEquals(
        Severity.WARNING,
        RuleCode.ofCode("kaizen.analysis.exceeds-baseline").orElseThrow().severity());
    assertEquals(
        Severity.ERROR, RuleCode.ofCode("kaizen.ideas.duplicate-id").orElseThrow().severity());
    assertEquals(
        Severity.WARNING,
        RuleCode.ofCode("kaizen.ideas.no-state-of-the-art").orElseThrow().severity());
    assertEquals(
        Severity.WARNING, RuleCode.ofCode("kaizen.plan.no-stakeholders").orElseThrow().severity());
    assertEquals(
        Severity.WARNING, RuleCode.ofCode("kaizen.plan.no-risks").orElseThrow().severity());
    assertEquals(
        Severity.ERROR, RuleCode.ofCode("kaizen.changes.unknown-idea").orElseThrow().severity());
    assertEquals(
        Severity.ERROR,
        RuleCode.ofCode("kaizen.changes.not-one-at-a-time").orElseThrow().severity());
    assertEquals(
        Severity.ERROR,
        RuleCode.ofCode("kaizen.changes.measured-before-implemented").orElseThrow().severity());
    assertEquals(
        Severity.ERROR,
        RuleCode.ofCode("kaizen.evaluation.metric-mismatch").orElseThrow().severity());
    assertEquals(
        Severity.ERROR, RuleCode.ofCode("kaizen.dates.out-of-order").orElseThrow().severity());
    // the guardrails and the deadline (DOMAIN.md §3, issue 12)
    assertEquals(
        Severity.ERROR,
        RuleCode.ofCode("kaizen.potential.guardrail-limit-better").orElseThrow().severity());
    assertEquals(
        Severity.WARNING,
        RuleCode.ofCode("kaizen.evaluation.guardrail-breached").orElseThrow().severity());
    assertEquals(
        Severity.WARNING,
        RuleCode.ofCode("kaizen.evaluation.guardrail-unmeasured").orElseThrow().severity());
    assertEquals(
        Severity.ERROR,
        RuleCode.ofCode("kaizen.evaluation.unknown-guardrail").orElseThrow().severity());
    assertEquals(
        Severity.ERROR,
        RuleCode.ofCode("kaizen.dates.deadline-before-opened").orElseThrow().severity());
    assertEquals(
        18, Arrays.stream(RuleCode.values()).filter(r -> r.code().startsWith("kaizen.")).count());
  }
}
