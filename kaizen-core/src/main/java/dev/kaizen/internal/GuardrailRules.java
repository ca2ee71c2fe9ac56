package dev.kaizen.internal;

import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The guardrail rules, written once for the Kaizen record (step 1 declares, step 6 reports) and the
 * A3 (the goal declares, the check reports): DOMAIN.md §3.
 *
 * <ul>
 *   <li>{@code limitBetter} (error) at {@code DECLARED[i].limit}: the limit is better than the
 *       baseline.
 *   <li>{@code unknown} (error) at {@code REPORTED[j].name}: a reading names no declared guardrail.
 *   <li>{@code breached} (warning) at {@code REPORTED[j].value}: the value is worse than the limit.
 *       Only the first reading of a name counts; a repeated name is judged, and reported, once.
 *   <li>{@code unmeasured} (warning), once, at {@code REPORTED} (the readings' list): the report
 *       has its main value but no reading for one or more guardrails, all named in the message.
 * </ul>
 */
public final class GuardrailRules {
  private final RuleCode limitBetter;
  private final RuleCode breached;
  private final RuleCode unmeasured;
  private final RuleCode unknown;
  private final String declarer;
  private final String reporter;

  /**
   * Creates the rules of one model.
   *
   * @param limitBetter the code of a limit better than its baseline
   * @param breached the code of a value worse than its limit
   * @param unmeasured the code of a guardrail without a value
   * @param unknown the code of a reading of an undeclared guardrail
   * @param declarer what declares the guardrails, in words ("step 1")
   * @param reporter what reports their values, in words ("the evaluation")
   */
  public GuardrailRules(
      RuleCode limitBetter,
      RuleCode breached,
      RuleCode unmeasured,
      RuleCode unknown,
      String declarer,
      String reporter) {
    this.limitBetter = limitBetter;
    this.breached = breached;
    this.unmeasured = unmeasured;
    this.unknown = unknown;
    this.declarer = declarer;
    this.reporter = reporter;
  }

  /**
   * Checks the declared guardrails.
   *
   * @param declared the guardrails
   * @param path the path of their list, such as {@code $.potential.guardrails}
   * @param found where violations go
   */
  public void checkDeclared(List<Guardrail> declared, JsonPath path, Violations found) {
    for (int i = 0; i < declared.size(); i++) {
      Guardrail guardrail = declared.get(i);
      if (guardrail.isLimitBetterThanBaseline()) {
        found.add(
            path.index(i).property("limit"),
            limitBetter,
            "the guardrail \""
                + guardrail.name()
                + "\" has the limit "
                + Messages.number(guardrail.limit())
                + ", better than its baseline "
                + Messages.number(guardrail.baseline())
                + " ("
                + guardrail.metric().better().token()
                + " is better); a limit is the worst acceptable value: set it to the baseline or"
                + " worse");
      }
    }
  }

  /**
   * Checks the readings a report gives for the declared guardrails.
   *
   * @param declared the guardrails
   * @param readings the values reported
   * @param path the path of the readings' list, such as {@code $.evaluation.guardrails}
   * @param measured whether the report has its main value (the evaluation's value, the check's
   *     result), after which every guardrail should have a value too
   * @param found where violations go
   */
  public void checkReported(
      List<Guardrail> declared,
      List<GuardrailReading> readings,
      JsonPath path,
      boolean measured,
      Violations found) {
    // Few guardrails (the usual case): found by name with a scan, in declaration order.
    for (int j = 0; j < readings.size(); j++) {
      GuardrailReading reading = readings.get(j);
      Guardrail g = declared(declared, reading.name());
      if (g == null) {
        found.add(
            path.index(j).property("name"),
            unknown,
            reporter
                + " reports the guardrail \""
                + reading.name()
                + "\", which "
                + declarer
                + " does not declare"
                + (declared.isEmpty()
                    ? "; declare it among " + declarer + "'s guardrails, or remove the reading"
                    : "; use one of " + String.join(", ", names(declared))));
        continue;
      }
      if (readBefore(readings, j, reading.name())) {
        continue;
      }
      if (g.isBreachedBy(reading.value())) {
        found.add(
            path.index(j).property("value"),
            breached,
            "the guardrail \""
                + g.name()
                + "\" reads "
                + Messages.number(reading.value())
                + " "
                + g.metric().unit()
                + ", worse than its limit "
                + Messages.number(g.limit())
                + " (baseline "
                + Messages.number(g.baseline())
                + "); the improvement cost more than it may: look at what made this measure worse");
      }
    }
    if (!measured) {
      return;
    }
    List<String> missing = new ArrayList<>(0);
    for (String name : names(declared)) {
      if (!readBefore(readings, readings.size(), name)) {
        missing.add("\"" + name + "\"");
      }
    }
    if (!missing.isEmpty()) {
      found.add(
          path,
          unmeasured,
          reporter
              + " reports no value for the guardrail"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing)
              + "; measure every guardrail when you measure the result, so that a hidden cost"
              + " shows");
    }
  }

  /** The first guardrail declared under {@code name}, or null. */
  private static Guardrail declared(List<Guardrail> declared, String name) {
    for (Guardrail guardrail : declared) {
      if (guardrail.name().equals(name)) {
        return guardrail;
      }
    }
    return null;
  }

  /** The names declared, each once, in declaration order. */
  private static Set<String> names(List<Guardrail> declared) {
    Set<String> names = new LinkedHashSet<>();
    for (Guardrail guardrail : declared) {
      names.add(guardrail.name());
    }
    return names;
  }

  /** Tells whether one of the first {@code before} readings is of {@code name}. */
  private static boolean readBefore(List<GuardrailReading> readings, int before, String name) {
    for (int i = 0; i < before; i++) {
      if (readings.get(i).name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
