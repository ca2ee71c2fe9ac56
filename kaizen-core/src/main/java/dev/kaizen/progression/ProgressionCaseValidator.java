package dev.kaizen.progression;

import static dev.kaizen.validation.RuleCode.MATRIX_VALUE_OUT_OF_RANGE;
import static dev.kaizen.validation.RuleCode.PROGRESSION_TARGET_UNKNOWN_LEVEL;

import dev.kaizen.internal.Messages;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violations;
import java.util.stream.Collectors;

/**
 * Checks a {@link ProgressionCase} against the rules of DOMAIN.md §6, in the order of the document:
 *
 * <ul>
 *   <li>{@code progression.target.unknown-level} (error) at {@code $.targetLevel}: the framework
 *       has no level with the target's id;
 *   <li>{@code matrix.value.out-of-range} (error) at {@code $.expertise}: the expertise lies
 *       outside [0, 1] (competence follows §5, whose rule this is);
 *   <li>the framework's own violations ({@link FrameworkValidator}), below {@code $.framework};
 *   <li>one warning per evidence record that does not count, at {@code $.evidence[i]}: {@code
 *       progression.evidence.invalid} (the record has errors; the message names the first), {@code
 *       progression.evidence.incomplete}, or {@code progression.evidence.no-improvement}. A
 *       record's own violations are not copied into the case, so a case with broken evidence stays
 *       valid; they are on {@link EvidenceRecord#validation()}.
 * </ul>
 *
 * <p>The evidence is read from the case's {@link ProgressionCase#evaluation() evaluation}, so each
 * record is validated once however often the case is validated and scored. Stateless and
 * thread-safe.
 */
public final class ProgressionCaseValidator {
  private static final JsonPath ROOT = JsonPath.root();

  private ProgressionCaseValidator() {}

  /**
   * Validates {@code progressionCase}. Never throws for a rule the case breaks.
   *
   * @param progressionCase the case
   * @return every violation, in document order
   */
  public static ValidationResult validate(ProgressionCase progressionCase) {
    Violations found = new Violations();
    Framework framework = progressionCase.framework();
    if (framework.level(progressionCase.targetLevel()).isEmpty()) {
      found.add(
          ROOT.property("targetLevel"),
          PROGRESSION_TARGET_UNKNOWN_LEVEL,
          "the target level \""
              + progressionCase.targetLevel()
              + "\" is not a level of the framework \""
              + framework.name()
              + "\""
              + (framework.levels().isEmpty()
                  ? ", which has no levels; add levels to the framework"
                  : "; choose one of "
                      + framework.levels().stream()
                          .map(FrameworkLevel::id)
                          .collect(Collectors.joining(", "))));
    }
    double expertise = progressionCase.expertise();
    if (expertise < 0 || expertise > 1) {
      found.add(
          ROOT.property("expertise"),
          MATRIX_VALUE_OUT_OF_RANGE,
          "expertise is "
              + Messages.number(expertise)
              + ", outside [0, 1]; rate it from 0 (none) to 1 (the best there is)");
    }
    found.addAll(ROOT.property("framework"), FrameworkValidator.validate(framework));
    for (EvidenceRecord record : progressionCase.evaluation().records()) {
      record
          .status()
          .rule()
          .ifPresent(
              rule ->
                  found.add(record.path(), rule, "the " + record.label() + " " + record.reason()));
    }
    return found.result();
  }
}
