package dev.kaizen.testing.generators;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import java.time.LocalDate;

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
}
