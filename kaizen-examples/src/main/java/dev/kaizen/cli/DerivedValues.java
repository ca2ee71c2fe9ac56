package dev.kaizen.cli;

import dev.kaizen.core.Document;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.portfolio.QuarterFigures;
import dev.kaizen.portfolio.Scale;
import dev.kaizen.sixstep.Contributor;
import dev.kaizen.sixstep.Idea;
import dev.kaizen.sixstep.KaizenOutcome;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The derived values the command line prints for each kind of document (DOMAIN.md §9), as an
 * ordered map of names to values: numbers, strings, booleans, {@code null}, lists and maps. The
 * same map is printed as JSON ({@code --json}) and as text.
 */
final class DerivedValues {
  private DerivedValues() {}

  /**
   * Returns the derived values of {@code document}.
   *
   * @param document any document
   * @return name to value, in print order
   */
  static Map<String, Object> of(Document document) {
    switch (document.kind()) {
      case KAIZEN:
        return kaizen((KaizenRecord) document);
      case PORTFOLIO:
        return portfolio((Portfolio) document);
      default:
        return new LinkedHashMap<>();
    }
  }

  private static Map<String, Object> kaizen(KaizenRecord record) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("currentStep", record.currentStepNumber());
    out.put("gainPerOccurrence", record.gainPerOccurrence());
    out.put("gainPerWeek", record.gainPerWeek().isPresent() ? record.gainPerWeek().getAsDouble() : null);
    out.put("ideaOrder", ids(record.ideasByPriority()));
    out.put("quickWins", ids(record.quickWins()));
    out.put("paretoSet", names(record.paretoSet()));
    out.put("largestContributor", record.largestContributor().map(Contributor::name).orElse(null));
    if (record.outcome().isPresent()) {
      KaizenOutcome outcome = record.outcome().get();
      out.put("improvement", outcome.improvement());
      out.put("relativeImprovement",
          outcome.relativeImprovement().isPresent() ? outcome.relativeImprovement().getAsDouble() : null);
      out.put("attainment", outcome.attainment());
      out.put("targetMet", outcome.targetMet());
    }
    return out;
  }

  /**
   * A portfolio's derived values: {@code quarters}, each {@code {quarter, actual, balance, spend}}
   * (DOMAIN.md §9) followed by {@code drift}, {@code totalCost}, {@code budget}, {@code adherence}
   * and {@code coverage}. Maps are keyed by the portfolio's scale; {@code actual}, {@code drift},
   * {@code balance}, {@code adherence} and {@code coverage} are null for a quarter without items.
   */
  private static Map<String, Object> portfolio(Portfolio portfolio) {
    Scale scale = portfolio.scale();
    List<Object> quarters = new java.util.ArrayList<>();
    for (PortfolioQuarter quarter : portfolio.quarters()) {
      QuarterFigures f = quarter.figures();
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("quarter", f.quarter().toString());
      q.put("actual", f.actual().map(a -> byKey(a, scale)).orElse(null));
      q.put("balance", f.balance().isPresent() ? f.balance().getAsDouble() : null);
      q.put("spend", byKey(f.spend(), scale));
      q.put("drift", f.drift().map(d -> byKey(d, scale)).orElse(null));
      q.put("totalCost", f.totalCost());
      q.put("budget", f.budget());
      q.put("adherence", orNull(PortfolioScorer.adherence(quarter)));
      q.put("coverage", orNull(PortfolioScorer.coverage(quarter)));
      quarters.add(q);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("quarters", quarters);
    return out;
  }

  private static Map<String, Object> byKey(PerQuadrant values, Scale scale) {
    return new LinkedHashMap<>(values.toMap(scale));
  }

  private static Double orNull(java.util.OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static List<String> ids(List<Idea> ideas) {
    return ideas.stream().map(Idea::id).collect(Collectors.toList());
  }

  private static List<String> names(List<Contributor> contributors) {
    return contributors.stream().map(Contributor::name).collect(Collectors.toList());
  }
}
