package dev.kaizen.cli;

import dev.kaizen.core.Document;
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

  private static List<String> ids(List<Idea> ideas) {
    return ideas.stream().map(Idea::id).collect(Collectors.toList());
  }

  private static List<String> names(List<Contributor> contributors) {
    return contributors.stream().map(Contributor::name).collect(Collectors.toList());
  }
}
