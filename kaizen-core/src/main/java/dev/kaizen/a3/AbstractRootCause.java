package dev.kaizen.a3;

import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * One hypothesis of section 4, the root-cause analysis: what might cause the problem, what it
 * assumes, and the experiments that test it.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractRootCause {
  /**
   * Returns the id that countermeasures use to address this root cause.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the hypothesis in words.
   *
   * @return the hypothesis
   */
  public abstract String hypothesis();

  /**
   * Returns what the hypothesis takes for granted.
   *
   * @return the assumptions; empty when none are listed
   */
  public abstract List<String> assumptions();

  /**
   * Returns the experiments that test the hypothesis.
   *
   * @return the experiments; empty when none are listed
   */
  public abstract List<Experiment> experiments();

  /**
   * Tells whether the hypothesis is refuted: at least one experiment refuted it and none confirmed
   * it. Conflicting evidence (one experiment confirms, another refutes) keeps the hypothesis alive,
   * so that it still asks for a countermeasure.
   *
   * @return true when refuted
   */
  public final boolean isRefuted() {
    boolean refuted = false;
    for (Experiment experiment : experiments()) {
      if (experiment.outcome() == Outcome.CONFIRMED) {
        return false;
      }
      refuted |= experiment.outcome() == Outcome.REFUTED;
    }
    return refuted;
  }

  /**
   * Tells whether at least one experiment confirmed the hypothesis.
   *
   * @return true when confirmed by some experiment
   */
  public final boolean isConfirmed() {
    return experiments().stream().anyMatch(e -> e.outcome() == Outcome.CONFIRMED);
  }
}
