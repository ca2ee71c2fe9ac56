package dev.kaizen.validation;

import static dev.kaizen.validation.Severity.ERROR;
import static dev.kaizen.validation.Severity.WARNING;

import java.util.Optional;

/**
 * Every rule the validators enforce: <strong>the one table of rule codes</strong>. The codes are
 * public API, stable and never renamed; {@code docs/rule-codes.md} lists the same rows, and a test
 * ({@code RuleCodeTableTest}) fails when the two differ. To find where a rule is checked, search
 * for its constant.
 */
public enum RuleCode {
  // --- Kaizen six-step record (DOMAIN.md §3) ---
  /** A step is filled while an earlier one is missing. */
  KAIZEN_STEPS_OUT_OF_ORDER(
      "kaizen.steps.out-of-order", ERROR, "a step is filled while an earlier one is missing"),
  /** The target is not strictly better than the baseline in the metric's direction. */
  KAIZEN_POTENTIAL_TARGET_NOT_BETTER(
      "kaizen.potential.target-not-better",
      ERROR,
      "the target is not strictly better than the baseline in the metric's direction"),
  /** Step 2 is present with no contributor. */
  KAIZEN_ANALYSIS_EMPTY("kaizen.analysis.empty", ERROR, "step 2 is present with no contributor"),
  /** Contributors' values add up to more than 105% of the baseline. */
  KAIZEN_ANALYSIS_EXCEEDS_BASELINE(
      "kaizen.analysis.exceeds-baseline",
      WARNING,
      "contributors' values add up to more than 105% of the baseline"),
  /** Two ideas share an id. */
  KAIZEN_IDEAS_DUPLICATE_ID("kaizen.ideas.duplicate-id", ERROR, "two ideas share an id"),
  /** No idea comes from the state of the art or the manual. */
  KAIZEN_IDEAS_NO_STATE_OF_THE_ART(
      "kaizen.ideas.no-state-of-the-art",
      WARNING,
      "no idea comes from the state of the art or the manual"),
  /** The plan names nobody to convince. */
  KAIZEN_PLAN_NO_STAKEHOLDERS(
      "kaizen.plan.no-stakeholders", WARNING, "the plan names nobody to convince"),
  /** The plan names no risk. */
  KAIZEN_PLAN_NO_RISKS("kaizen.plan.no-risks", WARNING, "the plan names no risk"),
  /** A change names an idea that step 3 does not have. */
  KAIZEN_CHANGES_UNKNOWN_IDEA(
      "kaizen.changes.unknown-idea", ERROR, "a change names an idea that step 3 does not have"),
  /**
   * A change was implemented before the previous one was measured, or an earlier change has no
   * measurement.
   */
  KAIZEN_CHANGES_NOT_ONE_AT_A_TIME(
      "kaizen.changes.not-one-at-a-time",
      ERROR,
      "a change was implemented before the previous one was measured, or an earlier change has no measurement"),
  /** A measurement is dated before its change. */
  KAIZEN_CHANGES_MEASURED_BEFORE_IMPLEMENTED(
      "kaizen.changes.measured-before-implemented",
      ERROR,
      "a measurement is dated before its change"),
  /** Step 6 measures something other than step 1 (name, unit or direction differ). */
  KAIZEN_EVALUATION_METRIC_MISMATCH(
      "kaizen.evaluation.metric-mismatch",
      ERROR,
      "step 6 measures something other than step 1 (name, unit or direction differ)"),
  /**
   * A change or the evaluation is dated before the record was opened, or the evaluation before the
   * last change.
   */
  KAIZEN_DATES_OUT_OF_ORDER(
      "kaizen.dates.out-of-order",
      ERROR,
      "a change or the evaluation is dated before the record was opened, or the evaluation before the last change"),
  /** Step 1's deadline is before the record was opened. */
  KAIZEN_DATES_DEADLINE_BEFORE_OPENED(
      "kaizen.dates.deadline-before-opened",
      ERROR,
      "step 1's deadline is before the record was opened"),
  /** A guardrail's limit is better than its baseline in the guardrail metric's direction. */
  KAIZEN_POTENTIAL_GUARDRAIL_LIMIT_BETTER(
      "kaizen.potential.guardrail-limit-better",
      ERROR,
      "a guardrail's limit is better than its baseline in the guardrail metric's direction"),
  /** A guardrail value the evaluation reports is worse than its limit. */
  KAIZEN_EVALUATION_GUARDRAIL_BREACHED(
      "kaizen.evaluation.guardrail-breached",
      WARNING,
      "a guardrail value the evaluation reports is worse than its limit"),
  /** The evaluation has a value but reports none for a guardrail. */
  KAIZEN_EVALUATION_GUARDRAIL_UNMEASURED(
      "kaizen.evaluation.guardrail-unmeasured",
      WARNING,
      "the evaluation has a value but reports none for a guardrail"),
  /** The evaluation reports a guardrail that step 1 does not declare. */
  KAIZEN_EVALUATION_UNKNOWN_GUARDRAIL(
      "kaizen.evaluation.unknown-guardrail",
      ERROR,
      "the evaluation reports a guardrail that step 1 does not declare"),

  // --- A3 improvement-opportunity template (DOMAIN.md §4) ---
  /** A section is filled while one it depends on is missing. */
  A3_SECTIONS_OUT_OF_ORDER(
      "a3.sections.out-of-order", ERROR, "a section is filled while one it depends on is missing"),
  /** The problem statement is a lack-of-solution statement. */
  A3_PROBLEM_LACK_OF_SOLUTION(
      "a3.problem.lack-of-solution",
      WARNING,
      "the problem statement is a lack-of-solution statement"),
  /** The target is not better than the baseline. */
  A3_GOAL_TARGET_NOT_BETTER(
      "a3.goal.target-not-better", ERROR, "the target is not better than the baseline"),
  /** Both target and change are given, or neither. */
  A3_GOAL_TARGET_AND_CHANGE(
      "a3.goal.target-and-change", ERROR, "both target and change are given, or neither"),
  /** One per SMART letter not satisfied; the message names the letter and why. */
  A3_GOAL_NOT_SMART(
      "a3.goal.not-smart",
      WARNING,
      "one per SMART letter not satisfied; the message names the letter and why"),
  /** The deadline is before the A3 was opened. */
  A3_GOAL_DEADLINE_BEFORE_OPENED(
      "a3.goal.deadline-before-opened", ERROR, "the deadline is before opened"),
  /** Two root causes (or two countermeasures) share an id. */
  A3_ROOT_CAUSES_DUPLICATE_ID(
      "a3.root-causes.duplicate-id", ERROR, "two root causes (or two countermeasures) share an id"),
  /** A countermeasure addresses no root cause, or an unknown one. */
  A3_COUNTERMEASURES_UNTRACED(
      "a3.countermeasures.untraced",
      ERROR,
      "a countermeasure addresses no root cause, or an unknown one"),
  /** A countermeasure addresses a refuted hypothesis. */
  A3_COUNTERMEASURES_REFUTED_CAUSE(
      "a3.countermeasures.refuted-cause",
      WARNING,
      "a countermeasure addresses a refuted hypothesis"),
  /** A hypothesis that is not refuted has no countermeasure. */
  A3_ROOT_CAUSES_UNADDRESSED(
      "a3.root-causes.unaddressed",
      WARNING,
      "a hypothesis that is not refuted has no countermeasure"),
  /** The check measures something other than the goal. */
  A3_CHECK_METRIC_MISMATCH(
      "a3.check.metric-mismatch", ERROR, "the check measures something other than the goal"),
  /** A follow-up shares the learning with nobody. */
  A3_FOLLOW_UP_NOT_SHARED(
      "a3.follow-up.not-shared", WARNING, "a follow-up shares the learning with nobody"),
  /** A guardrail's limit is better than its baseline in the guardrail metric's direction. */
  A3_GOAL_GUARDRAIL_LIMIT_BETTER(
      "a3.goal.guardrail-limit-better",
      ERROR,
      "a guardrail's limit is better than its baseline in the guardrail metric's direction"),
  /** A guardrail value the check reports is worse than its limit. */
  A3_CHECK_GUARDRAIL_BREACHED(
      "a3.check.guardrail-breached",
      WARNING,
      "a guardrail value the check reports is worse than its limit"),
  /** The check has a result but reports no value for a guardrail. */
  A3_CHECK_GUARDRAIL_UNMEASURED(
      "a3.check.guardrail-unmeasured",
      WARNING,
      "the check has a result but reports no value for a guardrail"),
  /** The check reports a guardrail that the goal does not declare. */
  A3_CHECK_UNKNOWN_GUARDRAIL(
      "a3.check.unknown-guardrail",
      ERROR,
      "the check reports a guardrail that the goal does not declare"),

  // --- Competence/influence matrix (DOMAIN.md §5) ---
  /** Expertise or change skill lies outside [0, 1]. */
  MATRIX_VALUE_OUT_OF_RANGE(
      "matrix.value.out-of-range", ERROR, "expertise or change skill lies outside [0, 1]"),
  /** Influence rose while competence was still below the threshold. */
  MATRIX_TRAJECTORY_INFLUENCE_BEFORE_COMPETENCE(
      "matrix.trajectory.influence-before-competence",
      WARNING,
      "influence rose while competence was still below the threshold"),
  /** History dates do not strictly increase. */
  MATRIX_TRAJECTORY_DATES_OUT_OF_ORDER(
      "matrix.trajectory.dates-out-of-order", ERROR, "history dates do not strictly increase"),

  // --- Frameworks and progression cases (DOMAIN.md §6, §6.2) ---
  /** A threshold falls from one level to the next. */
  FRAMEWORK_LEVELS_NOT_MONOTONE(
      "framework.levels.not-monotone", ERROR, "a threshold falls from one level to the next"),
  /** Two levels share an id. */
  FRAMEWORK_LEVELS_DUPLICATE_ID("framework.levels.duplicate-id", ERROR, "two levels share an id"),
  /** Two tracks of a version 2 framework share an id. */
  FRAMEWORK_TRACKS_DUPLICATE_ID("framework.tracks.duplicate-id", ERROR, "two tracks share an id"),
  /**
   * A points list has the wrong length, does not start at 0, or falls; or a track has no points and
   * the framework states none.
   */
  FRAMEWORK_POINTS_INVALID(
      "framework.points.invalid",
      ERROR,
      "a points list has the wrong length, does not start at 0, or falls (or is missing)"),
  /** A level's minMilestones names a track the framework lacks. */
  FRAMEWORK_LEVELS_UNKNOWN_TRACK(
      "framework.levels.unknown-track",
      ERROR,
      "a level's minMilestones names a track the framework lacks"),
  /** A level's minMilestones asks for a milestone above the track's highest. */
  FRAMEWORK_LEVELS_MILESTONE_OUT_OF_RANGE(
      "framework.levels.milestone-out-of-range",
      ERROR,
      "a level's minMilestones asks for a milestone above the track's highest"),
  /** Within one ladder, a level's rank is not above the rank of the level before it. */
  FRAMEWORK_LEVELS_RANK_NOT_RISING(
      "framework.levels.rank-not-rising",
      ERROR,
      "within one ladder, a level's rank is not above the rank of the level before it"),
  /** A level's minPoints is above the most points possible. */
  FRAMEWORK_LEVELS_UNREACHABLE(
      "framework.levels.unreachable",
      WARNING,
      "a level's minPoints is above the most points possible"),
  /** An evidence record is not complete, so it does not count. */
  PROGRESSION_EVIDENCE_INCOMPLETE(
      "progression.evidence.incomplete",
      WARNING,
      "an evidence record is not complete, so it does not count"),
  /** An evidence record's result is not better than its baseline, so it does not count. */
  PROGRESSION_EVIDENCE_NO_IMPROVEMENT(
      "progression.evidence.no-improvement",
      WARNING,
      "an evidence record's result is not better than its baseline, so it does not count"),
  /** An evidence record has errors, so it counts for nothing. */
  PROGRESSION_EVIDENCE_INVALID(
      "progression.evidence.invalid",
      WARNING,
      "an evidence record has errors, so it counts for nothing"),
  /** An evidence record breached a guardrail, so it does not count as a positive improvement. */
  PROGRESSION_EVIDENCE_GUARDRAIL_BREACHED(
      "progression.evidence.guardrail-breached",
      WARNING,
      "an evidence record breached a guardrail, so it does not count as a positive improvement"),
  /** The target level is not in the framework. */
  PROGRESSION_TARGET_UNKNOWN_LEVEL(
      "progression.target.unknown-level", ERROR, "the target level is not in the framework"),
  /** A rating or calibration names a track the framework lacks. */
  PROGRESSION_RATINGS_UNKNOWN_TRACK(
      "progression.ratings.unknown-track",
      ERROR,
      "a rating or calibration names a track the framework lacks"),
  /** A rating or calibration gives a milestone above the track's highest. */
  PROGRESSION_RATINGS_MILESTONE_OUT_OF_RANGE(
      "progression.ratings.milestone-out-of-range",
      ERROR,
      "a rating or calibration gives a milestone above the track's highest"),
  /** A rating names an evidence id that no evidence record of the case has. */
  PROGRESSION_RATINGS_UNKNOWN_EVIDENCE(
      "progression.ratings.unknown-evidence",
      WARNING,
      "a rating names an evidence id that no evidence record of the case has"),
  /** A calibration gives no reason. */
  PROGRESSION_CALIBRATIONS_NO_REASON(
      "progression.calibrations.no-reason", ERROR, "a calibration gives no reason"),
  /** The case's ladder is not a ladder of the framework. */
  PROGRESSION_LADDER_UNKNOWN(
      "progression.ladder.unknown", ERROR, "the case's ladder is not a ladder of the framework"),

  // --- Portfolio prioritisation quadrant (DOMAIN.md §7) ---
  /** Plan shares are negative or do not sum to 1 (within 0.001). */
  PORTFOLIO_PLAN_NOT_NORMALISED(
      "portfolio.plan.not-normalised",
      ERROR,
      "plan shares are negative or do not sum to 1 (within 0.001)"),
  /** A quadrant's planned share is 0. */
  PORTFOLIO_QUARTER_QUADRANT_STARVED(
      "portfolio.quarter.quadrant-starved", ERROR, "a quadrant's planned share is 0"),
  /** Items cost more than the budget. */
  PORTFOLIO_QUARTER_OVER_BUDGET(
      "portfolio.quarter.over-budget", ERROR, "items cost more than the budget"),
  /** A quadrant's actual share is more than 0.10 from its plan. */
  PORTFOLIO_QUARTER_DRIFT(
      "portfolio.quarter.drift",
      WARNING,
      "a quadrant's actual share is more than 0.10 from its plan"),
  /** A quadrant's actual share is under 0.05 in two consecutive quarters. */
  PORTFOLIO_QUADRANT_NEGLECTED(
      "portfolio.quadrant.neglected",
      WARNING,
      "a quadrant's actual share is under 0.05 in two consecutive quarters"),
  /** A quarter appears twice. */
  PORTFOLIO_QUARTERS_DUPLICATE("portfolio.quarters.duplicate", ERROR, "a quarter appears twice"),
  /** A quarter is missing between the first and the last. */
  PORTFOLIO_QUARTERS_GAP(
      "portfolio.quarters.gap", WARNING, "a quarter is missing between the first and the last"),
  /** Two items (or two candidates) of a quarter share an id. */
  PORTFOLIO_ITEMS_DUPLICATE_ID(
      "portfolio.items.duplicate-id",
      ERROR,
      "two items (or two candidates) of a quarter share an id");

  private final String code;
  private final Severity severity;
  private final String rule;

  RuleCode(String code, Severity severity, String rule) {
    this.code = code;
    this.severity = severity;
    this.rule = rule;
  }

  /**
   * Returns the stable code, such as {@code kaizen.steps.out-of-order}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity of every violation of this rule.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the rule in one line, as the rule-code table states it.
   *
   * @return the rule's summary
   */
  public String rule() {
    return rule;
  }

  /**
   * Finds a rule by its code.
   *
   * @param code a code such as {@code a3.goal.not-smart}
   * @return the rule, or empty when no rule has that code
   */
  public static Optional<RuleCode> ofCode(String code) {
    for (RuleCode value : values()) {
      if (value.code.equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
