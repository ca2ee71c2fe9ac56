package dev.kaizen.json.internal;

import dev.kaizen.Models;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.PrintableText;
import dev.kaizen.scoring.DeclaredScorer;
import dev.kaizen.scoring.OptionDeclaration;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a {@link ScoringPolicy}: {@code {"policy": "acme-kaizen/2", "model": "kaizen",
 * "weights": {part: weight, …}, "thresholds": {name: value, …}, "options": {name: value, …}}},
 * {@code thresholds} optional (each one left out keeps its default) and {@code options} optional
 * (such as {@code {"ratingAggregation": "median"}} for progression cases; each one left out takes
 * its declared default, and {@code options} is written only when the policy sets some).
 */
public final class Policies {
  private Policies() {}

  /**
   * Reads a policy's members, checked against its model's declared parts and thresholds: a weight
   * for every part and no other, a threshold only of a declared name; a threshold left out takes
   * its value under the model's default policy.
   *
   * @param f the policy's object
   * @return the policy
   */
  public static ScoringPolicy read(Fields f) {
    String name = f.string("policy");
    DocumentKind kind = f.token("model", DocumentKind.class);
    ScoringPolicy defaults = Models.of(kind).scorer().policy();
    Node weightsNode = f.required("weights");
    Map<String, Double> weights = numbers(weightsNode, defaults.weights().keySet(), kind, "part");
    for (String part : defaults.weights().keySet()) {
      if (!weights.containsKey(part)) {
        throw weightsNode.bad(
            "the part \""
                + part
                + "\" has no weight; a "
                + kind.token()
                + " policy weighs each of "
                + defaults.weights().keySet());
      }
    }
    Map<String, Double> thresholds = new LinkedHashMap<>(defaults.thresholds());
    f.optional("thresholds")
        .ifPresent(
            node ->
                thresholds.putAll(
                    numbers(node, defaults.thresholds().keySet(), kind, "threshold")));
    List<OptionDeclaration> declared =
        Models.of(kind).scorer() instanceof DeclaredScorer<?> scorer
            ? scorer.declaration().options()
            : List.of();
    Map<String, String> options = new LinkedHashMap<>();
    f.optional("options").ifPresent(node -> options.putAll(options(node, declared, kind)));
    return ScoringPolicy.builder()
        .name(name)
        .model(kind)
        .weights(weights)
        .thresholds(thresholds)
        .options(options)
        .build();
  }

  /** An object of option values, each of a declared option and one of its allowed values. */
  private static Map<String, String> options(
      Node node, List<OptionDeclaration> declared, DocumentKind kind) {
    return Fields.bind(
        node,
        "an object of options",
        fields -> {
          Map<String, String> values = new LinkedHashMap<>();
          for (Map.Entry<String, Node> member : fields.node().members().entrySet()) {
            OptionDeclaration option =
                declared.stream()
                    .filter(o -> o.name().equals(member.getKey()))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            member
                                .getValue()
                                .bad(
                                    "unknown option \""
                                        + PrintableText.escape(member.getKey())
                                        + "\" for "
                                        + kind.token()
                                        + " policies; the options are "
                                        + (declared.isEmpty()
                                            ? "none"
                                            : declared.stream()
                                                .map(OptionDeclaration::name)
                                                .toList()
                                                .toString())));
            Node value = fields.required(member.getKey());
            String text = Fields.asString(value);
            if (!option.allowed().contains(text)) {
              throw value.bad(
                  value.shown()
                      + " is not allowed for the option "
                      + option.name()
                      + "; use one of "
                      + option.allowed());
            }
            values.put(member.getKey(), text);
          }
          return values;
        });
  }

  /**
   * Writes a policy's members.
   *
   * @param out where to write
   * @param policy the policy
   */
  public static void write(Out out, ScoringPolicy policy) {
    out.string("policy", policy.name()).token("model", policy.model());
    out.object("weights", policy.weights(), Policies::numbers);
    out.object("thresholds", policy.thresholds(), Policies::numbers);
    if (!policy.options().isEmpty()) {
      out.object("options", policy.options(), (o, options) -> options.forEach(o::string));
    }
  }

  private static void numbers(Out out, Map<String, Double> values) {
    values.forEach(out::number);
  }

  /** An object of numbers whose names are among {@code declared}. */
  private static Map<String, Double> numbers(
      Node node, java.util.Set<String> declared, DocumentKind kind, String what) {
    return Fields.bind(
        node,
        "an object of numbers",
        fields -> {
          Map<String, Double> values = new LinkedHashMap<>();
          for (Map.Entry<String, Node> member : fields.node().members().entrySet()) {
            if (!declared.contains(member.getKey())) {
              throw member
                  .getValue()
                  .bad(
                      "unknown "
                          + what
                          + " \""
                          + PrintableText.escape(member.getKey())
                          + "\" for "
                          + kind.token()
                          + " policies; the "
                          + what
                          + "s are "
                          + (declared.isEmpty() ? "none" : declared.toString()));
            }
            values.put(member.getKey(), fields.number(member.getKey()));
          }
          return values;
        });
  }
}
