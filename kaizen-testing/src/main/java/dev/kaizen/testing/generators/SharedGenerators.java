package dev.kaizen.testing.generators;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Generators of the shared vocabulary: metrics, levels, scopes, dates. */
public final class SharedGenerators {
  private SharedGenerators() {}

  /**
   * Metrics with plausible names and units, either direction.
   *
   * @return the generator
   */
  public static Gen<Metric> metrics() {
    Gen<String> names =
        Gens.oneOf(
            "script run time",
            "major issues",
            "lead time",
            "customer satisfaction",
            "deployments",
            "defects escaped",
            "approval time");
    Gen<String> units = Gens.oneOf("minutes", "issues", "days", "points", "per week", "count");
    return choices ->
        Metric.of(
            names.generate(choices),
            units.generate(choices),
            Gens.enums(Direction.class).generate(choices));
  }

  /**
   * Levels: low, medium, high.
   *
   * @return the generator
   */
  public static Gen<Level> levels() {
    return Gens.enums(Level.class);
  }

  /**
   * Scopes, self to industry.
   *
   * @return the generator
   */
  public static Gen<Scope> scopes() {
    return Gens.enums(Scope.class);
  }

  /**
   * Dates from 2020-01-01 to 2025-12-31.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Gens.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
  }

  /**
   * Returns a value {@code amount} better than {@code baseline} for {@code metric}.
   *
   * @param metric the metric
   * @param baseline the baseline
   * @param amount how much better (negative: worse)
   * @return the value
   */
  public static double better(Metric metric, double baseline, double amount) {
    return metric.better() == Direction.LOWER ? baseline - amount : baseline + amount;
  }

  /**
   * Lists of zero to two guardrails with distinct names, each with a limit equal to or worse than
   * its baseline, as a valid document declares them (DOMAIN.md §3).
   *
   * @return the generator
   */
  public static Gen<List<Guardrail>> guardrails() {
    return choices -> {
      List<String> names =
          new ArrayList<>(List.of("error rate", "support tickets", "rework hours", "complaints"));
      int count = choices.between(0, 2);
      List<Guardrail> guardrails = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String name = names.remove(choices.between(0, names.size() - 1));
        Metric metric =
            Metric.of(
                name,
                Gens.oneOf("%", "per week", "hours").generate(choices),
                Gens.enums(Direction.class).generate(choices));
        double baseline = Gens.doubles(0, 100).generate(choices);
        double slack = choices.oneIn(4) ? 0 : Gens.doubles(0, 50).generate(choices);
        guardrails.add(Guardrail.of(metric, baseline, better(metric, baseline, -slack)));
      }
      return List.copyOf(guardrails);
    };
  }

  /**
   * Readings of every guardrail in {@code guardrails}, each within its limit (between the baseline
   * and the limit, or better than the baseline), in a shuffled order.
   *
   * @param guardrails the declared guardrails
   * @return the generator
   */
  public static Gen<List<GuardrailReading>> readingsWithinLimits(List<Guardrail> guardrails) {
    return choices -> {
      List<GuardrailReading> readings = new ArrayList<>();
      for (Guardrail g : guardrails) {
        double room = Math.abs(g.limit() - g.baseline());
        double value = better(g.metric(), g.limit(), Gens.doubles(0, room + 10).generate(choices));
        readings.add(GuardrailReading.of(g.name(), value));
      }
      return Gens.shuffled(readings).generate(choices);
    };
  }
}
