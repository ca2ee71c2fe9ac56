package dev.kaizen.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.kaizen.core.DocumentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * How one model is scored, declared once: the {@linkplain #model() kind of document}, the
 * {@linkplain #parts() parts} in report order (each with its name, default weight and formula), the
 * {@linkplain #thresholds() thresholds} the scorer reads (each with its name and default value) and
 * the {@linkplain #options() options} it reads (each with its name, allowed values and default).
 * Everything else follows from the declaration:
 *
 * <ul>
 *   <li>the {@linkplain #defaultPolicy() default policy}: the declared name, the model, the
 *       declared weights in declared order and the declared thresholds (it sets no option: an
 *       option a policy does not set takes its declared default);
 *   <li>the {@linkplain #requireShape(ScoringPolicy) shape check} of a custom policy;
 *   <li>the {@linkplain #score(ScoringPolicy, Object) score}: one {@link ScorePart} per declared
 *       part, in declared order, weighted by the policy, its value clamped into [0, 100] (DOMAIN.md
 *       §12).
 * </ul>
 *
 * <p>A {@link DeclaredScorer} applies a declaration under one policy. For example:
 *
 * <pre>{@code
 * static final ScoreDeclaration<KaizenRecord> DECLARATION =
 *     ScoreDeclaration.<KaizenRecord>builder(DocumentKind.KAIZEN, "kaizen-default/1")
 *         .part("completeness", 0.3, KaizenRecordScorer::completeness)
 *         .part("rigour", 0.3, KaizenRecordScorer::rigour)
 *         .part("impact", 0.4, KaizenRecordScorer::impact)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe when the formulas are (they are pure functions of the document).
 *
 * @param <T> the document type
 */
public final class ScoreDeclaration<T> {
  private final DocumentKind model;
  private final ImmutableList<PartDeclaration<T>> parts;
  private final ImmutableList<ThresholdDeclaration> thresholds;
  private final ImmutableList<OptionDeclaration> options;
  private final ImmutableSet<String> partNames;
  private final ImmutableSet<String> thresholdNames;
  private final ScoringPolicy defaultPolicy;

  private ScoreDeclaration(Builder<T> builder) {
    this.model = builder.model;
    this.parts = ImmutableList.copyOf(builder.parts);
    this.thresholds = ImmutableList.copyOf(builder.thresholds);
    this.options = ImmutableList.copyOf(builder.options);
    distinct(builder.policyName, options.stream().map(OptionDeclaration::name).toList(), "option");
    this.partNames =
        distinct(builder.policyName, parts.stream().map(PartDeclaration::name).toList(), "part");
    this.thresholdNames =
        distinct(
            builder.policyName,
            thresholds.stream().map(ThresholdDeclaration::name).toList(),
            "threshold");
    ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
    parts.forEach(part -> weights.put(part.name(), part.weight()));
    ImmutableMap.Builder<String, Double> values = ImmutableMap.builder();
    thresholds.forEach(threshold -> values.put(threshold.name(), threshold.value()));
    this.defaultPolicy =
        ScoringPolicy.builder()
            .name(builder.policyName)
            .model(model)
            .weights(weights.buildOrThrow())
            .thresholds(values.buildOrThrow())
            .build();
  }

  private static ImmutableSet<String> distinct(String policyName, List<String> names, String what) {
    List<String> seen = new ArrayList<>();
    for (String name : names) {
      if (seen.contains(name)) {
        throw new IllegalArgumentException(
            "policy " + policyName + ": " + what + " " + name + " is declared twice in " + names);
      }
      seen.add(name);
    }
    return ImmutableSet.copyOf(names);
  }

  /**
   * Starts the declaration of a model's score.
   *
   * @param model the kind of document scored
   * @param defaultPolicyName the name and version of the default policy, such as {@code
   *     kaizen-default/1}
   * @param <T> the document type
   * @return an empty builder
   */
  public static <T> Builder<T> builder(DocumentKind model, String defaultPolicyName) {
    return new Builder<>(model, defaultPolicyName);
  }

  /**
   * Returns the kind of document scored.
   *
   * @return the model
   */
  public DocumentKind model() {
    return model;
  }

  /**
   * Returns the declared parts, in report order.
   *
   * @return the parts, at least one
   */
  public List<PartDeclaration<T>> parts() {
    return parts;
  }

  /**
   * Returns the names of the declared parts, in report order: the parts a policy of this model must
   * weigh, exactly.
   *
   * @return the part names
   */
  public List<String> partNames() {
    return partNames.asList();
  }

  /**
   * Returns the declared thresholds, in declared order.
   *
   * @return the thresholds, possibly empty
   */
  public List<ThresholdDeclaration> thresholds() {
    return thresholds;
  }

  /**
   * Returns the names of the declared thresholds, in declared order: the thresholds a policy of
   * this model must set.
   *
   * @return the threshold names, possibly empty
   */
  public List<String> thresholdNames() {
    return thresholdNames.asList();
  }

  /**
   * Returns the declared options, in declared order.
   *
   * @return the options, possibly empty
   */
  public List<OptionDeclaration> options() {
    return options;
  }

  /**
   * Returns the value of the declared option {@code name} under {@code policy}: the value the
   * policy sets, else the declared default.
   *
   * @param policy a policy that {@linkplain #requireShape(ScoringPolicy) fits} this declaration
   * @param name a declared option's name
   * @return the value, one of the option's allowed values
   * @throws IllegalArgumentException if no option of that name is declared
   */
  public String option(ScoringPolicy policy, String name) {
    for (OptionDeclaration option : options) {
      if (option.name().equals(name)) {
        return option.valueIn(policy);
      }
    }
    throw new IllegalArgumentException(
        "policy " + defaultPolicy.name() + " declares no option " + name);
  }

  /**
   * Returns the default policy: the declared name, the model, every part's default weight in
   * declared order, and every threshold's default value in declared order. It sets no option, so
   * every option takes its {@linkplain OptionDeclaration#defaultValue() declared default}.
   *
   * @return the default policy
   */
  public ScoringPolicy defaultPolicy() {
    return defaultPolicy;
  }

  /**
   * Requires {@code policy} to fit this declaration: to score this {@linkplain #model() model} and
   * to weigh exactly the {@linkplain #partNames() declared parts} (see {@link
   * ScoringPolicy#requireShape}), and to set no threshold but the {@linkplain #thresholdNames()
   * declared ones} (a misspelt threshold would otherwise be ignored), and to set only {@linkplain
   * #options() declared options}, each to an allowed value. A declared threshold the policy leaves
   * out takes its value under the default policy, so that a policy written before a threshold was
   * declared keeps its meaning.
   *
   * @param policy the policy
   * @return {@code policy} itself when it sets every declared threshold, else a copy that also sets
   *     the missing ones to their defaults
   * @throws IllegalArgumentException naming what is wrong, missing or extra, and for an option
   *     value that is not allowed, the values that are
   */
  public ScoringPolicy requireShape(ScoringPolicy policy) {
    if (policy == defaultPolicy) {
      // the declaration's own policy fits it (checked when it was built): the usual case
      return policy;
    }
    if (policy.model() != model) {
      throw new IllegalArgumentException(
          "policy "
              + policy.name()
              + " scores "
              + policy.model().token()
              + " documents, not "
              + model.token());
    }
    for (String name : policy.thresholds().keySet()) {
      if (!thresholdNames.contains(name)) {
        throw new IllegalArgumentException(
            "policy "
                + policy.name()
                + " sets the threshold "
                + name
                + ", which "
                + model.token()
                + " scoring does not have; its thresholds are "
                + thresholdNames);
      }
    }
    ScoringPolicy complete = policy;
    if (!policy.thresholds().keySet().containsAll(thresholdNames)) {
      Map<String, Double> thresholds = new LinkedHashMap<>(defaultPolicy.thresholds());
      thresholds.putAll(policy.thresholds());
      complete = policy.withThresholds(thresholds);
    }
    return complete.requireShape(model, partNames, thresholdNames, options);
  }

  /**
   * Scores {@code document} under {@code policy}: one {@link ScorePart} per declared part, in
   * declared order, with the policy's weight for it and the {@linkplain
   * PartDeclaration#valueOf(Object, ScoringPolicy) clamped value} of its formula.
   *
   * @param policy a policy that {@linkplain #requireShape(ScoringPolicy) fits} this declaration
   * @param document the document
   * @return the score, naming {@code policy}
   * @throws IllegalArgumentException if the policy does not weigh a declared part
   */
  public Score score(ScoringPolicy policy, T document) {
    ImmutableList.Builder<ScorePart> scored = ImmutableList.builderWithExpectedSize(parts.size());
    for (PartDeclaration<T> part : parts) {
      scored.add(ScorePart.of(part.name(), part.weightIn(policy), part.valueOf(document, policy)));
    }
    return Score.builder().policy(policy.name()).parts(scored.build()).build();
  }

  /**
   * Returns a description naming the model, the default policy, the parts and the thresholds.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScoreDeclaration{"
        + model.token()
        + ", "
        + defaultPolicy.name()
        + ", parts "
        + defaultPolicy.weights()
        + ", thresholds "
        + defaultPolicy.thresholds()
        + (options.isEmpty()
            ? ""
            : ", options " + options.stream().map(o -> o.name() + "=" + o.defaultValue()).toList())
        + "}";
  }

  /**
   * Collects the parts and thresholds of a {@link ScoreDeclaration}, in order. Not thread-safe; use
   * one builder per declaration.
   *
   * @param <T> the document type
   */
  public static final class Builder<T> {
    private final DocumentKind model;
    private final String policyName;
    private final List<PartDeclaration<T>> parts = new ArrayList<>();
    private final List<ThresholdDeclaration> thresholds = new ArrayList<>();
    private final List<OptionDeclaration> options = new ArrayList<>();

    private Builder(DocumentKind model, String policyName) {
      this.model = Objects.requireNonNull(model, "model");
      this.policyName = Objects.requireNonNull(policyName, "defaultPolicyName");
    }

    /**
     * Declares the next part.
     *
     * @param name the part's name
     * @param weight its weight under the default policy, in [0, 1]
     * @param formula its value, meant to lie in [0, 100] (it is clamped into that range)
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the weight outside [0, 1]
     */
    public Builder<T> part(String name, double weight, ToDoubleFunction<T> formula) {
      Objects.requireNonNull(formula, "formula");
      return part(
          name, weight, (PartFormula<T>) (document, policy) -> formula.applyAsDouble(document));
    }

    /**
     * Declares the next part, whose formula also reads the policy's thresholds.
     *
     * @param name the part's name
     * @param weight its weight under the default policy, in [0, 1]
     * @param formula its value, meant to lie in [0, 100] (it is clamped into that range)
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the weight outside [0, 1]
     */
    public Builder<T> part(String name, double weight, PartFormula<T> formula) {
      return part(PartDeclaration.of(name, weight, formula));
    }

    /**
     * Declares the next part.
     *
     * @param part the part
     * @return this builder
     */
    public Builder<T> part(PartDeclaration<T> part) {
      parts.add(Objects.requireNonNull(part, "part"));
      return this;
    }

    /**
     * Declares the next threshold.
     *
     * @param name the threshold's name
     * @param value its value under the default policy, a finite number
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the value not finite
     */
    public Builder<T> threshold(String name, double value) {
      return threshold(ThresholdDeclaration.of(name, value));
    }

    /**
     * Declares the next threshold.
     *
     * @param threshold the threshold
     * @return this builder
     */
    public Builder<T> threshold(ThresholdDeclaration threshold) {
      thresholds.add(Objects.requireNonNull(threshold, "threshold"));
      return this;
    }

    /**
     * Declares the next option.
     *
     * @param name the option's name
     * @param defaultValue its value under the default policy, one of {@code allowed}
     * @param allowed the values it may take, in order
     * @return this builder
     * @throws IllegalArgumentException if the name is blank, no value is allowed, a value repeats
     *     or the default is not allowed
     */
    public Builder<T> option(String name, String defaultValue, List<String> allowed) {
      return option(OptionDeclaration.of(name, defaultValue, allowed));
    }

    /**
     * Declares the next option.
     *
     * @param option the option
     * @return this builder
     */
    public Builder<T> option(OptionDeclaration option) {
      options.add(Objects.requireNonNull(option, "option"));
      return this;
    }

    /**
     * Returns the declaration.
     *
     * @return the declaration
     * @throws IllegalArgumentException if two parts, thresholds or options share a name, or the
     *     default policy is not valid (no part, a blank name, weights that do not add up to 1)
     */
    public ScoreDeclaration<T> build() {
      return new ScoreDeclaration<>(this);
    }
  }
}
