package dev.kaizen.core;

import com.google.common.collect.ImmutableList;
import dev.kaizen.validation.ValidationResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A written record of one improvement: the evidence that someone made a positive change. The Kaizen
 * six-step record and the A3 are both improvement records, and progression cases count them as
 * evidence. This is what they share: who, when, and how far the change reaches; the {@linkplain
 * #parts() parts} filled in order; the metric, baseline and measured result; and what a progression
 * case reads from them (DOMAIN.md §6): {@linkplain #isComplete() completeness}, {@linkplain
 * #rigour() rigour} and {@linkplain #validate() validation}.
 */
public interface ImprovementRecord extends Document {
  /**
   * Returns the record's id.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the record's title.
   *
   * @return the title
   */
  String title();

  /**
   * Returns who owns the improvement, if named.
   *
   * @return the owner, or empty
   */
  Optional<String> owner();

  /**
   * Returns the day the record was opened.
   *
   * @return the date
   */
  LocalDate opened();

  /**
   * Returns how far the change reaches.
   *
   * @return the scope
   */
  Scope scope();

  /**
   * Returns how many people the change affects, if known.
   *
   * @return the reach, zero or more, or empty
   */
  OptionalInt reach();

  /**
   * Returns which of the record's steps or sections are filled, the current one and those filled
   * out of order.
   *
   * @return the record's parts
   */
  RecordParts<?> parts();

  /**
   * Returns the metric the record sets out to improve: the Kaizen step-1 metric, the A3 goal's
   * metric.
   *
   * @return the metric
   */
  Metric metric();

  /**
   * Returns the metric's value before the change: the Kaizen step-1 baseline, the A3 goal's
   * baseline.
   *
   * @return the baseline
   */
  double baseline();

  /**
   * Returns the measured result of the change, if any: the Kaizen evaluation's value (step 6), the
   * A3 check's result.
   *
   * @return the result, or empty until it is measured
   */
  OptionalDouble result();

  /**
   * Returns what the record still lacks to be {@linkplain #isComplete() complete}, in words: each
   * missing part by its {@linkplain RecordPart#label() label}, such as {@code step 3 (generate
   * original ideas)} or {@code section 4 (root-cause analysis)}, in order, then, when the part that
   * holds the result is filled but the result is not measured, that result (for an A3, {@code the
   * check's result}).
   *
   * <p>Empty exactly when the record is complete.
   *
   * @return what is missing, empty when complete
   */
  default List<String> missing() {
    List<? extends RecordPart> missing = parts().missing();
    if (missing.isEmpty()) {
      return List.of();
    }
    ImmutableList.Builder<String> labels = ImmutableList.builderWithExpectedSize(missing.size());
    for (RecordPart part : missing) {
      labels.add(part.label());
    }
    return labels.build();
  }

  /**
   * Tells whether the record is complete in the sense of DOMAIN.md §6: every part is filled and the
   * {@linkplain #result() result} is measured. Only complete records count as progression evidence.
   *
   * @return true when every part is filled and the result is measured
   * @see RecordParts#allFilled()
   */
  default boolean isComplete() {
    return parts().allFilled() && result().isPresent();
  }

  /**
   * Returns the record's rigour as progression cases weigh it (DOMAIN.md §6): the Kaizen record's
   * rigour part, or for an A3 the mean of its smart and traceability parts. Computed by the model's
   * scorer.
   *
   * @return the rigour, in [0, 100]
   */
  double rigour();

  /**
   * Validates the record with its model's validator: every violation, in the validator's order.
   *
   * @return the record's validation result, with paths relative to the record
   */
  ValidationResult validate();

  /**
   * Returns where each guardrail of the record stands (DOMAIN.md §3): the Kaizen record's step-1
   * guardrails against its evaluation, the A3 goal's against its check. A record with a breached
   * guardrail does not count as a positive improvement for a progression case.
   *
   * @return one status per guardrail, in declaration order; empty without guardrails (the default,
   *     for a record type that has none)
   */
  default List<GuardrailStatus> guardrailStatuses() {
    return List.of();
  }
}
