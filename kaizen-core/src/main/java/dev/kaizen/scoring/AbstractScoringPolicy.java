package dev.kaizen.scoring;

import dev.kaizen.core.Checks;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The data behind a score: a name with a version (such as {@code kaizen-default/1}), the model it
 * scores, the weight of every part, named thresholds and named options. Policies are plain data:
 * they can be built in Java or read from JSON, and a score always names the policy that made it.
 *
 * <p>Weights are in [0, 1] and add up to 1 (within 10<sup>-9</sup>). Which parts, thresholds and
 * options a model needs is declared once in its {@link ScoreDeclaration}, which also makes the
 * model's default policy; the model's scorer checks a policy against it ({@link #requireShape})
 * when it is given one.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractScoringPolicy {
  /**
   * Returns the policy's name and version, such as {@code kaizen-default/1} or {@code acme/3}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the kind of document this policy scores.
   *
   * @return the model
   */
  public abstract DocumentKind model();

  /**
   * Returns the weight of each part, in the order the parts are reported.
   *
   * @return part name to weight
   */
  public abstract Map<String, Double> weights();

  /**
   * Returns the named thresholds the model's scorer uses (for example {@code quadrant} 0.5).
   *
   * @return threshold name to value, possibly empty
   */
  public abstract Map<String, Double> thresholds();

  /**
   * Returns the named options the model's scorer reads (for example {@code ratingAggregation}
   * {@code median} for progression cases): choices between named ways of computing, declared with
   * their allowed values by the model's {@link ScoreDeclaration}. An option the policy does not set
   * takes its declared default.
   *
   * @return option name to value, possibly empty
   */
  public abstract Map<String, String> options();

  /**
   * Returns the weight of {@code part}.
   *
   * @param part the part's name
   * @return its weight
   * @throws IllegalArgumentException if the policy has no such part
   */
  public final double weight(String part) {
    Double weight = weights().get(part);
    if (weight == null) {
      throw new IllegalArgumentException("policy " + name() + " has no weight for part " + part);
    }
    return weight;
  }

  /**
   * Returns the threshold called {@code name}.
   *
   * @param name the threshold's name
   * @return its value
   * @throws IllegalArgumentException if the policy has no such threshold
   */
  public final double threshold(String name) {
    Double value = thresholds().get(name);
    if (value == null) {
      throw new IllegalArgumentException("policy " + name() + " has no threshold " + name);
    }
    return value;
  }

  /**
   * Requires this policy to score {@code model} with exactly the parts {@code parts} and at least
   * the thresholds {@code thresholds}; {@link ScoreDeclaration#requireShape(ScoringPolicy)} calls
   * this with the declared names when a scorer is given a policy.
   *
   * @param model the model the scorer scores
   * @param parts the part names the scorer computes
   * @param thresholds the threshold names the scorer reads
   * @return this policy
   * @throws IllegalArgumentException naming what is missing or extra
   */
  public final ScoringPolicy requireShape(
      DocumentKind model, Set<String> parts, Set<String> thresholds) {
    if (model() != model) {
      throw new IllegalArgumentException(
          "policy " + name() + " scores " + model().token() + " documents, not " + model.token());
    }
    if (!weights().keySet().equals(parts)) {
      throw new IllegalArgumentException(
          "policy "
              + name()
              + " must weigh exactly the parts "
              + parts
              + ", not "
              + weights().keySet());
    }
    if (!thresholds().keySet().containsAll(thresholds)) {
      throw new IllegalArgumentException(
          "policy "
              + name()
              + " must set the thresholds "
              + thresholds
              + ", but sets "
              + thresholds().keySet());
    }
    return (ScoringPolicy) this;
  }

  /**
   * Requires this policy to fit {@link #requireShape(DocumentKind, Set, Set)} and to set only the
   * declared {@code options}, each to one of its allowed values; {@link
   * ScoreDeclaration#requireShape(ScoringPolicy)} calls this with the declared options.
   *
   * @param model the model the scorer scores
   * @param parts the part names the scorer computes
   * @param thresholds the threshold names the scorer reads
   * @param options the options the scorer reads
   * @return this policy
   * @throws IllegalArgumentException naming what is missing or extra, or the option value that is
   *     not allowed and the values that are
   */
  public final ScoringPolicy requireShape(
      DocumentKind model,
      Set<String> parts,
      Set<String> thresholds,
      List<OptionDeclaration> options) {
    requireShape(model, parts, thresholds);
    for (Map.Entry<String, String> option : options().entrySet()) {
      Optional<OptionDeclaration> declared =
          options.stream().filter(o -> o.name().equals(option.getKey())).findFirst();
      if (declared.isEmpty()) {
        throw new IllegalArgumentException(
            "policy "
                + name()
                + " sets the option "
                + option.getKey()
                + ", which "
                + model.token()
                + " scoring does not have; "
                + (options.isEmpty()
                    ? "it has no options"
                    : "its options are " + options.stream().map(OptionDeclaration::name).toList()));
      }
      if (!declared.get().allowed().contains(option.getValue())) {
        throw new IllegalArgumentException(
            "policy "
                + name()
                + ": option "
                + option.getKey()
                + " must be one of "
                + declared.get().allowed()
                + ", not "
                + option.getValue());
      }
    }
    return (ScoringPolicy) this;
  }

  @Value.Check
  final void check() {
    Checks.requireText(name(), "policy name");
    if (weights().isEmpty()) {
      throw new IllegalArgumentException("policy " + name() + " must weigh at least one part");
    }
    double sum = 0;
    for (Map.Entry<String, Double> weight : weights().entrySet()) {
      Checks.requireText(weight.getKey(), "part name in policy " + name());
      double value = weight.getValue();
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException(
            "policy "
                + name()
                + ": weight of "
                + weight.getKey()
                + " must be in [0, 1], not "
                + value);
      }
      sum += value;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException(
          "policy " + name() + ": weights must add up to 1, not " + sum);
    }
    thresholds()
        .forEach(
            (key, value) ->
                Checks.requireFinite(value, "threshold " + key + " of policy " + name()));
    options().keySet().forEach(key -> Checks.requireText(key, "option name in policy " + name()));
  }
}
