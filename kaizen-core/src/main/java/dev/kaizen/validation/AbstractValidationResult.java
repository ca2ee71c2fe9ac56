package dev.kaizen.validation;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Every violation a validator found in one document, in a deterministic order (the order of the
 * document, rule by rule). A document is {@linkplain #isValid() valid} when no violation is an
 * error; warnings mark weak practice.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractValidationResult {
  /**
   * Returns every violation found.
   *
   * @return the violations, possibly empty
   */
  public abstract List<Violation> violations();

  /**
   * Tells whether the document has no error (warnings allowed).
   *
   * @return true when no violation is an error
   */
  @Value.Derived
  public boolean isValid() {
    for (Violation violation : violations()) {
      if (violation.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the violations that are errors.
   *
   * @return the errors, in order
   */
  public final List<Violation> errors() {
    return bySeverity(Severity.ERROR);
  }

  /**
   * Returns the violations that are warnings.
   *
   * @return the warnings, in order
   */
  public final List<Violation> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /**
   * Tells whether some violation breaks {@code rule}.
   *
   * @param rule the rule
   * @return true when at least one violation has that rule
   */
  public final boolean has(RuleCode rule) {
    return violations().stream().anyMatch(v -> v.rule() == rule);
  }

  /**
   * Returns the violations of {@code rule}.
   *
   * @param rule the rule
   * @return those violations, in order
   */
  public final List<Violation> of(RuleCode rule) {
    return violations().stream()
        .filter(v -> v.rule() == rule)
        .collect(Collectors.toUnmodifiableList());
  }

  private List<Violation> bySeverity(Severity severity) {
    return violations().stream()
        .filter(v -> v.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }
}
