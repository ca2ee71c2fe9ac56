package dev.kaizen;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.scoring.Score;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What validating and scoring one document gives (DOMAIN.md §10): its kind, whether it is valid,
 * every violation, and, when it was scored, its score and its typed derived values. This is what
 * {@code kaizen score --json} prints, as a value an application can keep: {@link
 * Kaizen#report(dev.kaizen.core.Document)} makes one for any document, and the JSON module writes
 * it and reads it back equal ({@code KaizenJson.writeReport} / {@code readReport}).
 *
 * <p>The derived values are of the document's kind: for a Kaizen record a {@link
 * dev.kaizen.sixstep.KaizenRecordDerived}, and so on ({@link Models}); use {@link #derived(Class)}
 * to get them typed.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractReport {
  /**
   * Returns the kind of the document reported on.
   *
   * @return the kind
   */
  public abstract DocumentKind kind();

  /**
   * Returns every violation found, in the validator's order.
   *
   * @return the violations, possibly empty
   */
  public abstract List<Violation> violations();

  /**
   * Returns the document's score, when it was scored.
   *
   * @return the score, or empty for a report of validation only
   */
  public abstract Optional<Score> score();

  /**
   * Returns the document's derived values, when it was scored; of the report's kind.
   *
   * @return the derived values, or empty for a report of validation only
   */
  public abstract Optional<DerivedValues> derived();

  /**
   * Tells whether the document is valid: no violation is an error (warnings allowed).
   *
   * @return true when no violation is an error
   */
  @Value.Derived
  public boolean valid() {
    return validation().isValid();
  }

  /**
   * Returns the violations as a validation result.
   *
   * @return the validation result
   */
  public final ValidationResult validation() {
    return ValidationResult.builder().violations(violations()).build();
  }

  /**
   * Returns the derived values as {@code type}, such as {@code KaizenRecordDerived.class}.
   *
   * @param type the derived-values type of the report's kind
   * @param <D> that type
   * @return the derived values, or empty for a report of validation only
   * @throws IllegalArgumentException when {@code type} is not the derived type of the report's kind
   */
  public final <D extends DerivedValues> Optional<D> derived(Class<D> type) {
    Class<?> expected = Models.of(kind()).derivedType();
    if (!type.equals(expected)) {
      throw new IllegalArgumentException(
          "the derived values of a "
              + kind().token()
              + " report are "
              + expected.getSimpleName()
              + ", not "
              + type.getSimpleName());
    }
    return derived().map(type::cast);
  }

  @Value.Check
  final void check() {
    derived()
        .ifPresent(
            d -> {
              if (d.kind() != kind()) {
                throw new IllegalArgumentException(
                    "the derived values of a "
                        + d.kind().token()
                        + " document cannot be part of a "
                        + kind().token()
                        + " report");
              }
            });
  }
}
