package dev.kaizen.cli;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Section;
import dev.kaizen.a3.LackOfSolutionDetector;
import dev.kaizen.a3.LackOfSolutionFinding;
import dev.kaizen.a3.RootCause;
import dev.kaizen.a3.SmartCriterion;
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
import java.util.ArrayList;
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
      case A3:
        return a3((A3) document);
      case ASSESSMENT:
        return assessment((dev.kaizen.matrix.Assessment) document);
      case PROGRESSION_CASE:
        return progressionCase((dev.kaizen.progression.ProgressionCase) document);
      default:
        return new LinkedHashMap<>();
    }
  }

  private static Map<String, Object> kaizen(KaizenRecord record) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("currentStep", record.currentStepNumber());
    out.put("gainPerOccurrence", record.gainPerOccurrence());
    out.put(
        "gainPerWeek",
        record.gainPerWeek().isPresent() ? record.gainPerWeek().getAsDouble() : null);
    out.put("ideaOrder", ids(record.ideasByPriority()));
    out.put("quickWins", ids(record.quickWins()));
    out.put("paretoSet", names(record.paretoSet()));
    out.put("largestContributor", record.largestContributor().map(Contributor::name).orElse(null));
    if (record.outcome().isPresent()) {
      KaizenOutcome outcome = record.outcome().get();
      out.put("improvement", outcome.improvement());
      out.put(
          "relativeImprovement",
          outcome.relativeImprovement().isPresent()
              ? outcome.relativeImprovement().getAsDouble()
              : null);
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

  /**
   * The A3's derived values: {@code target}, {@code attainment} (null without a check result or a
   * target), {@code smart} (the letters satisfied, such as "SMRT"), then {@code smartMissing} (each
   * failed letter with its reason), {@code improvement}, {@code sectionsFilled}, {@code
   * currentSection} (the JSON property of the first empty section, null when all are filled),
   * {@code complete} (all sections and a check result), the root-cause ids without countermeasures
   * (all, and those not refuted) and the lack-of-solution phrase, if any.
   */
  private static Map<String, Object> a3(A3 a3) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("target", a3.goalTarget().isPresent() ? a3.goalTarget().getAsDouble() : null);
    out.put("attainment", a3.attainment().isPresent() ? a3.attainment().getAsDouble() : null);
    out.put("smart", a3.smart().letters());
    List<Map<String, Object>> missing = new ArrayList<>();
    for (SmartCriterion failed : a3.smart().failures()) {
      Map<String, Object> letter = new LinkedHashMap<>();
      letter.put("letter", failed.letter().name());
      letter.put("reason", failed.reason());
      missing.add(letter);
    }
    out.put("smartMissing", missing);
    out.put("improvement", a3.improvement().isPresent() ? a3.improvement().getAsDouble() : null);
    out.put("sectionsFilled", a3.filledSections().size());
    out.put("currentSection", a3.currentSection().map(A3Section::property).orElse(null));
    out.put("complete", a3.isComplete());
    out.put("hypothesesWithoutCountermeasures", causeIds(a3.hypothesesWithoutCountermeasures()));
    out.put("unaddressedHypotheses", causeIds(a3.unaddressedHypotheses()));
    out.put(
        "lackOfSolution",
        LackOfSolutionDetector.standard()
            .find(a3.currentCondition().statement())
            .map(LackOfSolutionFinding::phrase)
            .orElse(null));
    return out;
  }

  private static List<String> causeIds(List<RootCause> causes) {
    return causes.stream().map(RootCause::id).collect(Collectors.toList());
  }

  private static Map<String, Object> assessment(dev.kaizen.matrix.Assessment assessment) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("competence", assessment.competence());
    out.put("influence", assessment.influence());
    out.put("quadrant", assessment.quadrant().token());
    out.put("nextFocus", assessment.nextFocus().token());
    return out;
  }

  private static Map<String, Object> progressionCase(
      dev.kaizen.progression.ProgressionCase progressionCase) {
    dev.kaizen.progression.ProgressionEvaluation e = progressionCase.evaluation();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("competence", e.competence());
    out.put("influence", e.influence());
    out.put("changeSkill", e.changeSkill());
    out.put("scope", e.scope().token());
    out.put("evidenceCount", e.evidenceCount());
    out.put(
        "highestLevel",
        e.highestLevel().map(dev.kaizen.progression.FrameworkLevel::id).orElse(null));
    out.put("targetMet", e.targetMet());
    out.put("nextFocus", e.nextFocus().token());
    List<Object> levels = new ArrayList<>();
    for (dev.kaizen.progression.LevelResult level : e.levels()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("id", level.id());
      l.put("met", level.met());
      List<Object> criteria = new ArrayList<>();
      for (dev.kaizen.progression.Criterion<?> criterion : level.criteria()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", criterion.name().token());
        c.put("required", plain(criterion.required()));
        c.put("actual", plain(criterion.actual()));
        c.put("met", criterion.met());
        criteria.add(c);
      }
      l.put("criteria", criteria);
      levels.add(l);
    }
    out.put("levels", levels);
    List<Object> evidence = new ArrayList<>();
    for (dev.kaizen.progression.EvidenceRecord record : e.records()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("path", record.path().toString());
      r.put("kind", record.kind().token());
      r.put("id", record.id());
      r.put("status", record.status().token());
      r.put("rigour", record.rigour());
      r.put("scope", record.scope().token());
      evidence.add(r);
    }
    out.put("evidence", evidence);
    return out;
  }

  /** A criterion's value: numbers as they are, enums as their token. */
  private static Object plain(Object value) {
    return value instanceof dev.kaizen.core.Tokenized
        ? ((dev.kaizen.core.Tokenized) value).token()
        : value;
  }

  private static List<String> ids(List<Idea> ideas) {
    return ideas.stream().map(Idea::id).collect(Collectors.toList());
  }

  private static List<String> names(List<Contributor> contributors) {
    return contributors.stream().map(Contributor::name).collect(Collectors.toList());
  }
}
