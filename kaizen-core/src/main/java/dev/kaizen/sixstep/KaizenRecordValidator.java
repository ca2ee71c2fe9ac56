package dev.kaizen.sixstep;

import static dev.kaizen.validation.RuleCode.KAIZEN_ANALYSIS_EMPTY;
import static dev.kaizen.validation.RuleCode.KAIZEN_ANALYSIS_EXCEEDS_BASELINE;
import static dev.kaizen.validation.RuleCode.KAIZEN_CHANGES_MEASURED_BEFORE_IMPLEMENTED;
import static dev.kaizen.validation.RuleCode.KAIZEN_CHANGES_NOT_ONE_AT_A_TIME;
import static dev.kaizen.validation.RuleCode.KAIZEN_CHANGES_UNKNOWN_IDEA;
import static dev.kaizen.validation.RuleCode.KAIZEN_DATES_DEADLINE_BEFORE_OPENED;
import static dev.kaizen.validation.RuleCode.KAIZEN_DATES_OUT_OF_ORDER;
import static dev.kaizen.validation.RuleCode.KAIZEN_EVALUATION_GUARDRAIL_BREACHED;
import static dev.kaizen.validation.RuleCode.KAIZEN_EVALUATION_GUARDRAIL_UNMEASURED;
import static dev.kaizen.validation.RuleCode.KAIZEN_EVALUATION_METRIC_MISMATCH;
import static dev.kaizen.validation.RuleCode.KAIZEN_EVALUATION_UNKNOWN_GUARDRAIL;
import static dev.kaizen.validation.RuleCode.KAIZEN_IDEAS_DUPLICATE_ID;
import static dev.kaizen.validation.RuleCode.KAIZEN_IDEAS_NO_STATE_OF_THE_ART;
import static dev.kaizen.validation.RuleCode.KAIZEN_PLAN_NO_RISKS;
import static dev.kaizen.validation.RuleCode.KAIZEN_PLAN_NO_STAKEHOLDERS;
import static dev.kaizen.validation.RuleCode.KAIZEN_POTENTIAL_GUARDRAIL_LIMIT_BETTER;
import static dev.kaizen.validation.RuleCode.KAIZEN_POTENTIAL_TARGET_NOT_BETTER;
import static dev.kaizen.validation.RuleCode.KAIZEN_STEPS_OUT_OF_ORDER;

import dev.kaizen.core.Guardrail;
import dev.kaizen.core.Metric;
import dev.kaizen.internal.DuplicateIds;
import dev.kaizen.internal.GuardrailRules;
import dev.kaizen.internal.Messages;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a {@link KaizenRecord} against every {@code kaizen.*} rule of DOMAIN.md §3. One method per
 * rule group; each rule is found by its {@link dev.kaizen.validation.RuleCode} constant. Stateless
 * and thread-safe.
 */
public final class KaizenRecordValidator {
  /**
   * How far contributors may add up past the baseline before {@code
   * kaizen.analysis.exceeds-baseline}.
   */
  public static final double CONTRIBUTORS_TOLERANCE = 1.05;

  /**
   * The relative rounding error forgiven when comparing sums with a limit, so that contributors of
   * exactly 105% of the baseline (11.76 + 11.55 against 22.2, which sum to 23.310000000000002 in
   * doubles) are not reported as more than 105%.
   */
  private static final double ROUNDING = 1e-9;

  private static final JsonPath ROOT = JsonPath.root();

  private KaizenRecordValidator() {}

  /**
   * Validates {@code record}. Never throws for a rule the record breaks.
   *
   * @param record the record
   * @return every violation, in step order
   */
  public static ValidationResult validate(KaizenRecord record) {
    Violations found = new Violations();
    stepOrder(record, found);
    potential(record, found);
    analysis(record, found);
    ideas(record, found);
    plan(record, found);
    changes(record, found);
    evaluation(record, found);
    deadline(record, found);
    guardrails(record, found);
    return found.result();
  }

  private static void stepOrder(KaizenRecord record, Violations found) {
    for (Map.Entry<KaizenStep, KaizenStep> entry : record.parts().outOfOrder().entrySet()) {
      KaizenStep step = entry.getKey();
      KaizenStep missing = entry.getValue();
      found.add(
          ROOT.property(step.property()),
          KAIZEN_STEPS_OUT_OF_ORDER,
          step.label()
              + " is filled but "
              + missing.label()
              + " is missing; fill the steps in order, or remove '"
              + step.property()
              + "' until step "
              + missing.number()
              + " is written");
    }
  }

  private static void potential(KaizenRecord record, Violations found) {
    Potential p = record.potential();
    if (!p.isTargetBetter()) {
      found.add(
          ROOT.property("potential").property("target"),
          KAIZEN_POTENTIAL_TARGET_NOT_BETTER,
          Messages.targetNotBetter(p.target(), p.baseline(), p.metric().better())
              + "; set a target "
              + Messages.betterThan(p.baseline(), p.metric().better()));
    }
  }

  private static void analysis(KaizenRecord record, Violations found) {
    if (record.analysis().isEmpty()) {
      return;
    }
    List<Contributor> contributors = record.analysis().get().contributors();
    JsonPath path = ROOT.property("analysis").property("contributors");
    if (contributors.isEmpty()) {
      found.add(
          path,
          KAIZEN_ANALYSIS_EMPTY,
          "the analysis names no contributor; list the parts of the current method and how much each contributes");
      return;
    }
    double sum = contributors.stream().mapToDouble(c -> c.value().orElse(0)).sum();
    double baseline = record.potential().baseline();
    if (sum > CONTRIBUTORS_TOLERANCE * Math.abs(baseline) * (1 + ROUNDING)) {
      found.add(
          path,
          KAIZEN_ANALYSIS_EXCEEDS_BASELINE,
          "the contributors add up to "
              + Messages.number(sum)
              + ", more than 105% of the baseline "
              + Messages.number(baseline)
              + "; check the values, or the baseline, so that the parts fit the whole");
    }
  }

  private static void ideas(KaizenRecord record, Violations found) {
    List<Idea> ideas = record.ideas();
    if (ideas.isEmpty()) {
      return;
    }
    DuplicateIds.report(
        ideas,
        Idea::id,
        ROOT.property("ideas"),
        KAIZEN_IDEAS_DUPLICATE_ID,
        (id, first) -> "the idea id \"" + id + "\" is used twice; give every idea its own id",
        found);
    boolean outside = false;
    for (Idea idea : ideas) {
      outside |= idea.source().map(IdeaSource::isOutsideKnowledge).orElse(false);
    }
    if (!outside) {
      found.add(
          ROOT.property("ideas"),
          KAIZEN_IDEAS_NO_STATE_OF_THE_ART,
          "no idea comes from the state of the art or the manual; look up how others solved this problem and add "
              + "such an idea with \"source\": \"state-of-the-art\" or \"manual\"");
    }
  }

  private static void plan(KaizenRecord record, Violations found) {
    if (record.plan().isEmpty()) {
      return;
    }
    Plan plan = record.plan().get();
    if (plan.stakeholders().isEmpty()) {
      found.add(
          ROOT.property("plan").property("stakeholders"),
          KAIZEN_PLAN_NO_STAKEHOLDERS,
          "the plan names nobody to convince; list the people whose agreement the change needs");
    }
    if (plan.risks().isEmpty()) {
      found.add(
          ROOT.property("plan").property("risks"),
          KAIZEN_PLAN_NO_RISKS,
          "the plan names no risk; list what could go wrong and how you would mitigate it");
    }
  }

  private static void changes(KaizenRecord record, Violations found) {
    List<Change> changes = record.changes();
    JsonPath base = ROOT.property("changes");
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      JsonPath path = base.index(i);
      if (!hasIdea(record, change.idea())) {
        Set<String> ideaIds = new TreeSet<>();
        record.ideas().forEach(idea -> ideaIds.add(idea.id()));
        found.add(
            path.property("idea"),
            KAIZEN_CHANGES_UNKNOWN_IDEA,
            "the change names idea \""
                + change.idea()
                + "\", which step 3 does not have; use the id of one of the ideas "
                + (ideaIds.isEmpty() ? "(step 3 has none yet)" : List.copyOf(ideaIds).toString()));
      }
      if (change.measured().isPresent() && change.measured().get().isBefore(change.implemented())) {
        found.add(
            path.property("measured"),
            KAIZEN_CHANGES_MEASURED_BEFORE_IMPLEMENTED,
            "the change is measured on "
                + change.measured().get()
                + ", before it was implemented on "
                + change.implemented()
                + "; measure a change after it is made");
      }
      if (change.implemented().isBefore(record.opened())) {
        found.add(
            path.property("implemented"),
            KAIZEN_DATES_OUT_OF_ORDER,
            "the change is implemented on "
                + change.implemented()
                + ", before the record was opened on "
                + record.opened()
                + "; correct the date, or the record's 'opened'");
      }
      if (i > 0) {
        Change previous = changes.get(i - 1);
        if (previous.measured().isEmpty()) {
          found.add(
              base.index(i - 1).property("measured"),
              KAIZEN_CHANGES_NOT_ONE_AT_A_TIME,
              "change "
                  + (i - 1)
                  + " (idea \""
                  + previous.idea()
                  + "\") has no measurement, yet change "
                  + i
                  + " follows it; measure each change before making the next, so that each effect is known");
        } else if (change.implemented().isBefore(previous.measured().get())) {
          found.add(
              path.property("implemented"),
              KAIZEN_CHANGES_NOT_ONE_AT_A_TIME,
              "change "
                  + i
                  + " is implemented on "
                  + change.implemented()
                  + ", before change "
                  + (i - 1)
                  + " was measured on "
                  + previous.measured().get()
                  + "; make one change at a time, measuring each before the next");
        }
      }
    }
  }

  private static void evaluation(KaizenRecord record, Violations found) {
    if (record.evaluation().isEmpty()) {
      return;
    }
    Evaluation evaluation = record.evaluation().get();
    JsonPath path = ROOT.property("evaluation");
    Metric expected = record.potential().metric();
    if (!evaluation.metric().equals(expected)) {
      found.add(
          path.property("metric"),
          KAIZEN_EVALUATION_METRIC_MISMATCH,
          "step 6 measures "
              + Messages.describe(evaluation.metric())
              + " but step 1 set out to improve "
              + Messages.describe(expected)
              + "; evaluate on the same metric ("
              + Messages.differences(expected, evaluation.metric())
              + ")");
    }
    LocalDate date = evaluation.date();
    if (date.isBefore(record.opened())) {
      found.add(
          path.property("date"),
          KAIZEN_DATES_OUT_OF_ORDER,
          "the evaluation is dated "
              + date
              + ", before the record was opened on "
              + record.opened()
              + "; correct the date, or the record's 'opened'");
    }
    record.changes().stream()
        .map(Change::implemented)
        .max(LocalDate::compareTo)
        .ifPresent(
            last -> {
              if (date.isBefore(last)) {
                found.add(
                    path.property("date"),
                    KAIZEN_DATES_OUT_OF_ORDER,
                    "the evaluation is dated "
                        + date
                        + ", before the last change on "
                        + last
                        + "; evaluate the new method after its last change");
              }
            });
  }

  private static final GuardrailRules GUARDRAILS =
      new GuardrailRules(
          KAIZEN_POTENTIAL_GUARDRAIL_LIMIT_BETTER,
          KAIZEN_EVALUATION_GUARDRAIL_BREACHED,
          KAIZEN_EVALUATION_GUARDRAIL_UNMEASURED,
          KAIZEN_EVALUATION_UNKNOWN_GUARDRAIL,
          "step 1",
          "the evaluation");

  private static void deadline(KaizenRecord record, Violations found) {
    record
        .potential()
        .deadline()
        .filter(deadline -> deadline.isBefore(record.opened()))
        .ifPresent(
            deadline ->
                found.add(
                    ROOT.property("potential").property("deadline"),
                    KAIZEN_DATES_DEADLINE_BEFORE_OPENED,
                    "the deadline "
                        + deadline
                        + " is before the record was opened on "
                        + record.opened()
                        + "; set a deadline on or after the opening, or correct 'opened'"));
  }

  private static void guardrails(KaizenRecord record, Violations found) {
    List<Guardrail> declared = record.potential().guardrails();
    GUARDRAILS.checkDeclared(declared, ROOT.property("potential").property("guardrails"), found);
    record
        .evaluation()
        .ifPresent(
            evaluation ->
                GUARDRAILS.checkReported(
                    declared,
                    evaluation.guardrails(),
                    ROOT.property("evaluation").property("guardrails"),
                    true,
                    found));
  }

  private static boolean hasIdea(KaizenRecord record, String id) {
    for (Idea idea : record.ideas()) {
      if (idea.id().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
