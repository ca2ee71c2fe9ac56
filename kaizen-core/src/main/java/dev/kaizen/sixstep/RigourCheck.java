package dev.kaizen.sixstep;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The eight checks of a Kaizen record's rigour (DOMAIN.md §3). A check of a step not yet reached is
 * not satisfied.
 */
public enum RigourCheck {
  /** (1) Step 1 is quantified with a target strictly better than the baseline. */
  QUANTIFIED_POTENTIAL(
      "step 1 quantified with a better target", r -> r.potential().isTargetBetter()),
  /** (2) Step 1 states how often the work happens. */
  FREQUENCY("step 1 has a frequency", r -> r.potential().frequency().isPresent()),
  /** (3) At least two contributors, all with values. */
  MEASURED_CONTRIBUTORS(
      "at least 2 contributors, all with values", RigourCheck::measuredContributors),
  /** (4) At least two ideas. */
  SEVERAL_IDEAS("at least 2 ideas", r -> r.ideas().size() >= 2),
  /** (5) An idea from the state of the art or the manual. */
  OUTSIDE_IDEA("an idea from the state of the art or the manual", RigourCheck::outsideIdea),
  /** (6) At least one stakeholder and at least one risk. */
  STAKEHOLDERS_AND_RISKS(
      "at least 1 stakeholder and 1 risk",
      r -> r.plan().map(p -> !p.stakeholders().isEmpty() && !p.risks().isEmpty()).orElse(false)),
  /** (7) Every change measured (not before it was made), one at a time. */
  ONE_CHANGE_AT_A_TIME("every change measured, one at a time", RigourCheck::oneAtATime),
  /** (8) Step 6 evaluates on the step-1 metric, with a decision. */
  SAME_MEASURE(
      "evaluation on the step-1 metric with a decision",
      r -> r.evaluation().map(e -> e.metric().equals(r.potential().metric())).orElse(false));

  private static final List<RigourCheck> ALL = List.of(values());

  private final String description;
  private final Predicate<KaizenRecord> test;

  private static boolean measuredContributors(KaizenRecord record) {
    if (record.analysis().isEmpty()) {
      return false;
    }
    List<Contributor> contributors = record.analysis().get().contributors();
    if (contributors.size() < 2) {
      return false;
    }
    for (Contributor contributor : contributors) {
      if (contributor.value().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean outsideIdea(KaizenRecord record) {
    for (Idea idea : record.ideas()) {
      if (idea.source().isPresent() && idea.source().get().isOutsideKnowledge()) {
        return true;
      }
    }
    return false;
  }

  RigourCheck(String description, Predicate<KaizenRecord> test) {
    this.description = description;
    this.test = test;
  }

  /**
   * Returns the check in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether {@code record} satisfies this check.
   *
   * @param record the record
   * @return true when satisfied
   */
  public boolean isSatisfiedBy(KaizenRecord record) {
    return test.test(record);
  }

  /**
   * Returns the checks {@code record} satisfies.
   *
   * @param record the record
   * @return the satisfied checks, in order
   */
  public static Set<RigourCheck> satisfiedBy(KaizenRecord record) {
    Set<RigourCheck> satisfied = EnumSet.noneOf(RigourCheck.class);
    for (RigourCheck check : ALL) {
      if (check.isSatisfiedBy(record)) {
        satisfied.add(check);
      }
    }
    return Collections.unmodifiableSet(satisfied);
  }

  private static boolean oneAtATime(KaizenRecord record) {
    List<Change> changes = record.changes();
    if (changes.isEmpty()) {
      return false;
    }
    Optional<LocalDate> previousMeasured = Optional.empty();
    for (Change change : changes) {
      if (change.measured().isEmpty() || change.measured().get().isBefore(change.implemented())) {
        return false;
      }
      if (previousMeasured.isPresent() && change.implemented().isBefore(previousMeasured.get())) {
        return false;
      }
      previousMeasured = change.measured();
    }
    return true;
  }
}
