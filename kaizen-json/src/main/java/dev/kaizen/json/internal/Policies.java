package dev.kaizen.json.internal;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.ScoringPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes a {@link ScoringPolicy}: {@code {"policy": "acme-kaizen/2", "model": "kaizen",
 * "weights": {part: weight, …}, "thresholds": {name: value, …}}}, {@code thresholds} optional.
 */
public final class Policies {
  private Policies() {}

  /**
   * Reads a policy's members.
   *
   * @param f the policy's object
   * @return the policy
   */
  public static ScoringPolicy read(Fields f) {
    return ScoringPolicy.builder()
        .name(f.string("policy"))
        .model(f.token("model", DocumentKind.class))
        .weights(numbers(f.required("weights")))
        .thresholds(f.optional("thresholds").map(Policies::numbers).orElse(Map.of()))
        .build();
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
  }

  private static void numbers(Out out, Map<String, Double> values) {
    values.forEach(out::number);
  }

  private static Map<String, Double> numbers(Node node) {
    return Fields.bind(
        node,
        "an object of numbers",
        fields -> {
          Map<String, Double> values = new LinkedHashMap<>();
          for (String name : fields.node().members().keySet()) {
            values.put(name, fields.number(name));
          }
          return values;
        });
  }
}
