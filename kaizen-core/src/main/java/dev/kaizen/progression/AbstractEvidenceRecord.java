package dev.kaizen.progression;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.internal.Messages;
import dev.kaizen.internal.ValueStyle;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What one evidence record (a Kaizen record or an A3) of a {@link ProgressionCase} contributes,
 * found by validating and scoring it once. It holds the figures the case is built from ({@link
 * #rigour()}, {@link #scope()}, completeness, improvement) and why it counts or not ({@link
 * #status()}, {@link #reason()}). The figures are the {@link ImprovementRecord}'s own:
 *
 * <ul>
 *   <li>complete ({@link ImprovementRecord#isComplete()}): every step or section filled and the
 *       result measured; a Kaizen record with all six steps filled (step 6 always holds its value),
 *       an A3 with all seven sections filled and a check result;
 *   <li>improvement: the result minus the baseline in the metric's direction (the Kaizen step-6
 *       value against step 1's baseline; the A3 check result against the goal's baseline);
 *   <li>rigour ({@link ImprovementRecord#rigour()}): the Kaizen rigour part; for an A3 the mean of
 *       its smart and traceability parts.
 * </ul>
 */
@Value.Immutable
@ValueStyle
abstract class AbstractEvidenceRecord {
  /**
   * Returns the record's position in the case's evidence list.
   *
   * @return the index, from 0
   */
  public abstract int index();

  /**
   * Returns the record itself.
   *
   * @return the Kaizen record or A3
   */
  public abstract ImprovementRecord document();

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the record's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns how far the record's change reaches.
   *
   * @return the scope
   */
  public abstract Scope scope();

  /**
   * Returns the record's own validation result, with paths relative to the record (as if it stood
   * alone).
   *
   * @return the record's violations
   */
  public abstract ValidationResult validation();

  /**
   * Returns what the record still lacks to be complete, in words (such as {@code step 5 (implement
   * the plan)}); empty when it is complete.
   *
   * @return the missing steps or sections
   * @see ImprovementRecord#missing()
   */
  public abstract List<String> missing();

  /**
   * Returns the metric the record improves.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * Returns the metric's value before the change.
   *
   * @return the baseline
   */
  public abstract double baseline();

  /**
   * Returns the measured result, if any: the Kaizen evaluation's value, or the A3 check's result.
   *
   * @return the result, or empty
   */
  public abstract OptionalDouble result();

  /**
   * Returns the record's rigour: the Kaizen rigour part, or the mean of an A3's smart and
   * traceability parts.
   *
   * @return the rigour, in [0, 100]
   */
  public abstract double rigour();

  /**
   * Returns the record's guardrails whose reported value is worse than their limit.
   *
   * @return the breached guardrails, in declaration order; empty when none
   */
  public abstract List<GuardrailStatus> breachedGuardrails();

  /**
   * Returns the record's kind.
   *
   * @return {@code kaizen} or {@code a3}
   */
  public final DocumentKind kind() {
    return document().kind();
  }

  /**
   * Returns the record's path in the case: {@code $.evidence[index]}.
   *
   * @return the path
   */
  public final JsonPath path() {
    return JsonPath.root().property("evidence").index(index());
  }

  /**
   * Tells whether the record has no error.
   *
   * @return true when valid
   */
  public final boolean isValid() {
    return validation().isValid();
  }

  /**
   * Tells whether the record is complete: every step or section filled and its result measured,
   * that is, nothing is {@linkplain #missing() missing}. The same as the record's {@link
   * ImprovementRecord#isComplete()}.
   *
   * @return true when complete
   */
  public final boolean isComplete() {
    return missing().isEmpty();
  }

  /**
   * Returns the improvement: result minus baseline in the metric's direction.
   *
   * @return the improvement, or empty without a result
   */
  public final OptionalDouble improvement() {
    return result().isPresent()
        ? OptionalDouble.of(metric().improvement(baseline(), result().getAsDouble()))
        : OptionalDouble.empty();
  }

  /**
   * Tells whether the result is strictly better than the baseline.
   *
   * @return true for a positive improvement
   */
  public final boolean isPositive() {
    return improvement().isPresent() && improvement().getAsDouble() > 0;
  }

  /**
   * Returns what the record counts for.
   *
   * @return the status
   */
  public final EvidenceStatus status() {
    if (!isValid()) {
      return EvidenceStatus.INVALID;
    }
    if (!isComplete()) {
      return EvidenceStatus.INCOMPLETE;
    }
    if (!isPositive()) {
      return EvidenceStatus.NO_IMPROVEMENT;
    }
    return breachedGuardrails().isEmpty()
        ? EvidenceStatus.COUNTED
        : EvidenceStatus.GUARDRAIL_BREACHED;
  }

  /**
   * Tells whether the record's rigour counts towards the change skill: it is valid and complete.
   *
   * @return true when its rigour counts
   */
  public final boolean countsForChangeSkill() {
    return isValid() && isComplete();
  }

  /**
   * Tells whether the record counts as evidence (and its scope towards the case's scope).
   *
   * @return true when {@link #status()} is {@link EvidenceStatus#COUNTED}
   */
  public final boolean counts() {
    return status() == EvidenceStatus.COUNTED;
  }

  /**
   * Returns the record's first error, moved below its {@linkplain #path() path} in the case.
   *
   * @return the first error, or empty when valid
   */
  public final Optional<Violation> firstError() {
    return validation().errors().stream().findFirst().map(v -> v.under(path()));
  }

  /**
   * Returns a short label, such as {@code kaizen KZ-1 "Halve the run time"}.
   *
   * @return the label
   */
  public final String label() {
    return kind().token() + " " + id() + " \"" + title() + "\"";
  }

  /**
   * Returns, in plain English, what the record counts for and why.
   *
   * @return the reason
   */
  public final String reason() {
    switch (status()) {
      case INVALID:
        Violation first = firstError().orElseThrow();
        int errors = validation().errors().size();
        return "has "
            + errors
            + (errors == 1 ? " error" : " errors")
            + ", so it counts for nothing; the first is "
            + first.code()
            + " at "
            + first.path()
            + ": "
            + first.message()
            + ". Fix the record's errors for it to count";
      case INCOMPLETE:
        return "is not complete, so it does not count yet: "
            + String.join(", ", missing())
            + (missing().size() == 1 ? " is" : " are")
            + " missing. Finish the record and measure its result for it to count";
      case NO_IMPROVEMENT:
        return "is complete, so its rigour "
            + Messages.number(rigour())
            + " counts towards the change skill, but its "
            + measure()
            + ", no better than the baseline, so it adds nothing to the scope or the evidence count;"
            + " it counts fully once a result better than the baseline is measured";
      case GUARDRAIL_BREACHED:
        return "is complete and its "
            + measure()
            + ", but it breached "
            + breachedGuardrails().stream()
                .map(
                    g ->
                        "the guardrail \""
                            + g.name()
                            + "\" ("
                            + Messages.number(g.value().getAsDouble())
                            + " against the limit "
                            + Messages.number(g.limit())
                            + ")")
                .collect(Collectors.joining(" and "))
            + ", so it is no positive improvement: its rigour "
            + Messages.number(rigour())
            + " counts towards the change skill, but it adds nothing to the scope or the evidence"
            + " count; it counts fully once the change keeps every guardrail within its limit";
      case COUNTED:
        return "counts: complete, rigour "
            + Messages.number(rigour())
            + ", its "
            + measure()
            + ", scope "
            + scope().token();
      default:
        throw new AssertionError(status());
    }
  }

  private String measure() {
    return metric().name()
        + " went from "
        + Messages.number(baseline())
        + " to "
        + (result().isPresent() ? Messages.number(result().getAsDouble()) : "?")
        + " "
        + metric().unit()
        + " ("
        + metric().better().token()
        + " is better)";
  }
}
