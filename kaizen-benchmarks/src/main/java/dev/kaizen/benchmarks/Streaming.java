package dev.kaizen.benchmarks;

import dev.kaizen.benchmarks.Shapes.A3Doc;
import dev.kaizen.benchmarks.Shapes.Analysis;
import dev.kaizen.benchmarks.Shapes.Change;
import dev.kaizen.benchmarks.Shapes.Check;
import dev.kaizen.benchmarks.Shapes.Contributor;
import dev.kaizen.benchmarks.Shapes.Cost;
import dev.kaizen.benchmarks.Shapes.Countermeasure;
import dev.kaizen.benchmarks.Shapes.CurrentCondition;
import dev.kaizen.benchmarks.Shapes.Doc;
import dev.kaizen.benchmarks.Shapes.Evaluation;
import dev.kaizen.benchmarks.Shapes.Experiment;
import dev.kaizen.benchmarks.Shapes.FollowUp;
import dev.kaizen.benchmarks.Shapes.Framework;
import dev.kaizen.benchmarks.Shapes.Frequency;
import dev.kaizen.benchmarks.Shapes.Goal;
import dev.kaizen.benchmarks.Shapes.Guardrail;
import dev.kaizen.benchmarks.Shapes.GuardrailValue;
import dev.kaizen.benchmarks.Shapes.Idea;
import dev.kaizen.benchmarks.Shapes.KaizenDoc;
import dev.kaizen.benchmarks.Shapes.Level;
import dev.kaizen.benchmarks.Shapes.Metric;
import dev.kaizen.benchmarks.Shapes.Plan;
import dev.kaizen.benchmarks.Shapes.Potential;
import dev.kaizen.benchmarks.Shapes.ProgressionCaseDoc;
import dev.kaizen.benchmarks.Shapes.Risk;
import dev.kaizen.benchmarks.Shapes.RootCause;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The hand-written streaming baseline: Jackson's {@link JsonParser} straight into {@link Shapes}'
 * records, a switch per object, no checks beyond what the parser does. Unknown members are skipped;
 * a document's {@code kind} must come first (as in every sample).
 */
public final class Streaming {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Streaming() {}

  /**
   * Reads one document.
   *
   * @param json the UTF-8 bytes
   * @return the document
   */
  public static Doc read(byte[] json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return doc(p);
    }
  }

  /**
   * Reads one document from a line of text.
   *
   * @param json the text
   * @return the document
   */
  public static Doc read(String json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return doc(p);
    }
  }

  private static Doc doc(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    if (p.nextToken() != JsonToken.PROPERTY_NAME || !"kind".equals(p.currentName())) {
      throw new IllegalArgumentException("kind must come first");
    }
    p.nextToken();
    String kind = p.getString();
    switch (kind) {
      case "kaizen":
        return kaizen(p, kind);
      case "a3":
        return a3(p, kind);
      case "progression-case":
        return progressionCase(p, kind);
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  private static void expect(JsonParser p, JsonToken token) {
    if (p.currentToken() != token) {
      throw new IllegalArgumentException("expected " + token + ", not " + p.currentToken());
    }
  }

  private static <T> List<T> list(JsonParser p, Function<JsonParser, T> element) {
    expect(p, JsonToken.START_ARRAY);
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.apply(p));
    }
    return out;
  }

  private static List<String> strings(JsonParser p) {
    return list(p, JsonParser::getString);
  }

  private static LocalDate date(JsonParser p) {
    return LocalDate.parse(p.getString());
  }

  /** Moves to the next member's value; returns its name, or null at the end of the object. */
  private static String next(JsonParser p) {
    if (p.nextToken() != JsonToken.PROPERTY_NAME) {
      return null;
    }
    String name = p.currentName();
    p.nextToken();
    return name;
  }

  private static KaizenDoc kaizen(JsonParser p, String kind) {
    int version = 0;
    int reach = 0;
    String id = null;
    String title = null;
    String owner = null;
    String scope = null;
    LocalDate opened = null;
    Potential potential = null;
    Analysis analysis = null;
    List<Idea> ideas = null;
    Plan plan = null;
    List<Change> changes = null;
    Evaluation evaluation = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "version" -> version = p.getIntValue();
        case "id" -> id = p.getString();
        case "title" -> title = p.getString();
        case "owner" -> owner = p.getString();
        case "opened" -> opened = date(p);
        case "scope" -> scope = p.getString();
        case "reach" -> reach = p.getIntValue();
        case "potential" -> potential = potential(p);
        case "analysis" -> analysis = analysis(p);
        case "ideas" -> ideas = list(p, Streaming::idea);
        case "plan" -> plan = plan(p);
        case "changes" -> changes = list(p, Streaming::change);
        case "evaluation" -> evaluation = evaluation(p);
        default -> p.skipChildren();
      }
    }
    return new KaizenDoc(
        kind,
        version,
        id,
        title,
        owner,
        opened,
        scope,
        reach,
        potential,
        analysis,
        ideas,
        plan,
        changes,
        evaluation);
  }

  private static Metric metric(JsonParser p) {
    String name = null;
    String unit = null;
    String better = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "name" -> name = p.getString();
        case "unit" -> unit = p.getString();
        case "better" -> better = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Metric(name, unit, better);
  }

  private static Potential potential(JsonParser p) {
    String problem = null;
    Metric metric = null;
    double baseline = 0;
    double target = 0;
    Frequency frequency = null;
    List<Guardrail> guardrails = null;
    LocalDate deadline = null;
    String proposition = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "problem" -> problem = p.getString();
        case "metric" -> metric = metric(p);
        case "baseline" -> baseline = p.getDoubleValue();
        case "target" -> target = p.getDoubleValue();
        case "frequency" -> frequency = frequency(p);
        case "guardrails" -> guardrails = list(p, Streaming::guardrail);
        case "deadline" -> deadline = date(p);
        case "proposition" -> proposition = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Potential(
        problem, metric, baseline, target, frequency, guardrails, deadline, proposition);
  }

  private static Frequency frequency(JsonParser p) {
    int times = 0;
    String per = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "times" -> times = p.getIntValue();
        case "per" -> per = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Frequency(times, per);
  }

  private static Guardrail guardrail(JsonParser p) {
    Metric metric = null;
    double baseline = 0;
    double limit = 0;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "metric" -> metric = metric(p);
        case "baseline" -> baseline = p.getDoubleValue();
        case "limit" -> limit = p.getDoubleValue();
        default -> p.skipChildren();
      }
    }
    return new Guardrail(metric, baseline, limit);
  }

  private static Analysis analysis(JsonParser p) {
    List<Contributor> contributors = null;
    for (String n = next(p); n != null; n = next(p)) {
      if (n.equals("contributors")) {
        contributors = list(p, Streaming::contributor);
      } else {
        p.skipChildren();
      }
    }
    return new Analysis(contributors);
  }

  private static Contributor contributor(JsonParser p) {
    String name = null;
    double value = 0;
    String who = null;
    String why = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "name" -> name = p.getString();
        case "value" -> value = p.getDoubleValue();
        case "who" -> who = p.getString();
        case "why" -> why = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Contributor(name, value, who, why);
  }

  private static Idea idea(JsonParser p) {
    String id = null;
    String description = null;
    String effort = null;
    String gain = null;
    String source = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "id" -> id = p.getString();
        case "description" -> description = p.getString();
        case "effort" -> effort = p.getString();
        case "gain" -> gain = p.getString();
        case "source" -> source = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Idea(id, description, effort, gain, source);
  }

  private static Plan plan(JsonParser p) {
    List<String> stakeholders = null;
    List<Risk> risks = null;
    List<Cost> costs = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "stakeholders" -> stakeholders = strings(p);
        case "risks" -> risks = list(p, Streaming::risk);
        case "costs" -> costs = list(p, Streaming::cost);
        default -> p.skipChildren();
      }
    }
    return new Plan(stakeholders, risks, costs);
  }

  private static Risk risk(JsonParser p) {
    String description = null;
    String mitigation = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "description" -> description = p.getString();
        case "mitigation" -> mitigation = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Risk(description, mitigation);
  }

  private static Cost cost(JsonParser p) {
    String description = null;
    double amount = 0;
    String unit = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "description" -> description = p.getString();
        case "amount" -> amount = p.getDoubleValue();
        case "unit" -> unit = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Cost(description, amount, unit);
  }

  private static Change change(JsonParser p) {
    String idea = null;
    LocalDate implemented = null;
    LocalDate measured = null;
    double result = 0;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "idea" -> idea = p.getString();
        case "implemented" -> implemented = date(p);
        case "measured" -> measured = date(p);
        case "result" -> result = p.getDoubleValue();
        default -> p.skipChildren();
      }
    }
    return new Change(idea, implemented, measured, result);
  }

  private static Evaluation evaluation(JsonParser p) {
    Metric metric = null;
    double value = 0;
    LocalDate date = null;
    String decision = null;
    String learnings = null;
    List<GuardrailValue> guardrails = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "metric" -> metric = metric(p);
        case "value" -> value = p.getDoubleValue();
        case "date" -> date = date(p);
        case "decision" -> decision = p.getString();
        case "learnings" -> learnings = p.getString();
        case "guardrails" -> guardrails = list(p, Streaming::guardrailValue);
        default -> p.skipChildren();
      }
    }
    return new Evaluation(metric, value, date, decision, learnings, guardrails);
  }

  private static GuardrailValue guardrailValue(JsonParser p) {
    String name = null;
    double value = 0;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "name" -> name = p.getString();
        case "value" -> value = p.getDoubleValue();
        default -> p.skipChildren();
      }
    }
    return new GuardrailValue(name, value);
  }

  private static A3Doc a3(JsonParser p, String kind) {
    int version = 0;
    String id = null;
    String title = null;
    String owner = null;
    LocalDate opened = null;
    String scope = null;
    String background = null;
    CurrentCondition currentCondition = null;
    Goal goal = null;
    List<RootCause> rootCauses = null;
    List<Countermeasure> countermeasures = null;
    Check check = null;
    FollowUp followUp = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "version" -> version = p.getIntValue();
        case "id" -> id = p.getString();
        case "title" -> title = p.getString();
        case "owner" -> owner = p.getString();
        case "opened" -> opened = date(p);
        case "scope" -> scope = p.getString();
        case "background" -> background = p.getString();
        case "currentCondition" -> currentCondition = currentCondition(p);
        case "goal" -> goal = goal(p);
        case "rootCauses" -> rootCauses = list(p, Streaming::rootCause);
        case "countermeasures" -> countermeasures = list(p, Streaming::countermeasure);
        case "check" -> check = check(p);
        case "followUp" -> followUp = followUp(p);
        default -> p.skipChildren();
      }
    }
    return new A3Doc(
        kind,
        version,
        id,
        title,
        owner,
        opened,
        scope,
        background,
        currentCondition,
        goal,
        rootCauses,
        countermeasures,
        check,
        followUp);
  }

  private static CurrentCondition currentCondition(JsonParser p) {
    String statement = null;
    List<String> facts = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "statement" -> statement = p.getString();
        case "facts" -> facts = strings(p);
        default -> p.skipChildren();
      }
    }
    return new CurrentCondition(statement, facts);
  }

  private static Goal goal(JsonParser p) {
    Metric metric = null;
    double baseline = 0;
    double change = 0;
    LocalDate deadline = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "metric" -> metric = metric(p);
        case "baseline" -> baseline = p.getDoubleValue();
        case "change" -> change = p.getDoubleValue();
        case "deadline" -> deadline = date(p);
        default -> p.skipChildren();
      }
    }
    return new Goal(metric, baseline, change, deadline);
  }

  private static RootCause rootCause(JsonParser p) {
    String id = null;
    String hypothesis = null;
    List<String> assumptions = null;
    List<Experiment> experiments = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "id" -> id = p.getString();
        case "hypothesis" -> hypothesis = p.getString();
        case "assumptions" -> assumptions = strings(p);
        case "experiments" -> experiments = list(p, Streaming::experiment);
        default -> p.skipChildren();
      }
    }
    return new RootCause(id, hypothesis, assumptions, experiments);
  }

  private static Experiment experiment(JsonParser p) {
    String description = null;
    String outcome = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "description" -> description = p.getString();
        case "outcome" -> outcome = p.getString();
        default -> p.skipChildren();
      }
    }
    return new Experiment(description, outcome);
  }

  private static Countermeasure countermeasure(JsonParser p) {
    String id = null;
    List<String> addresses = null;
    List<String> steps = null;
    String owner = null;
    LocalDate due = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "id" -> id = p.getString();
        case "addresses" -> addresses = strings(p);
        case "steps" -> steps = strings(p);
        case "owner" -> owner = p.getString();
        case "due" -> due = date(p);
        default -> p.skipChildren();
      }
    }
    return new Countermeasure(id, addresses, steps, owner, due);
  }

  private static Check check(JsonParser p) {
    String method = null;
    Metric metric = null;
    double result = 0;
    LocalDate date = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "method" -> method = p.getString();
        case "metric" -> metric = metric(p);
        case "result" -> result = p.getDoubleValue();
        case "date" -> date = date(p);
        default -> p.skipChildren();
      }
    }
    return new Check(method, metric, result, date);
  }

  private static FollowUp followUp(JsonParser p) {
    List<String> actions = null;
    String report = null;
    List<String> sharedWith = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "actions" -> actions = strings(p);
        case "report" -> report = p.getString();
        case "sharedWith" -> sharedWith = strings(p);
        default -> p.skipChildren();
      }
    }
    return new FollowUp(actions, report, sharedWith);
  }

  private static ProgressionCaseDoc progressionCase(JsonParser p, String kind) {
    int version = 0;
    String candidate = null;
    String targetLevel = null;
    double expertise = 0;
    Framework framework = null;
    List<Doc> evidence = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "version" -> version = p.getIntValue();
        case "candidate" -> candidate = p.getString();
        case "targetLevel" -> targetLevel = p.getString();
        case "expertise" -> expertise = p.getDoubleValue();
        case "framework" -> framework = framework(p);
        case "evidence" -> evidence = list(p, Streaming::doc);
        default -> p.skipChildren();
      }
    }
    return new ProgressionCaseDoc(
        kind, version, candidate, targetLevel, expertise, framework, evidence);
  }

  private static Framework framework(JsonParser p) {
    String kind = null;
    int version = 0;
    String name = null;
    List<Level> levels = null;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "kind" -> kind = p.getString();
        case "version" -> version = p.getIntValue();
        case "name" -> name = p.getString();
        case "levels" -> levels = list(p, Streaming::level);
        default -> p.skipChildren();
      }
    }
    return new Framework(kind, version, name, levels);
  }

  private static Level level(JsonParser p) {
    String id = null;
    String title = null;
    double minCompetence = 0;
    String minScope = null;
    int minEvidence = 0;
    for (String n = next(p); n != null; n = next(p)) {
      switch (n) {
        case "id" -> id = p.getString();
        case "title" -> title = p.getString();
        case "minCompetence" -> minCompetence = p.getDoubleValue();
        case "minScope" -> minScope = p.getString();
        case "minEvidence" -> minEvidence = p.getIntValue();
        default -> p.skipChildren();
      }
    }
    return new Level(id, title, minCompetence, minScope, minEvidence);
  }
}
