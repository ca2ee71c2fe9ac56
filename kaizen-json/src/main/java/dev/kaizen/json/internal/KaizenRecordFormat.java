package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.GuardrailStatus;
import dev.kaizen.core.Level;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.sixstep.Analysis;
import dev.kaizen.sixstep.Change;
import dev.kaizen.sixstep.Contributor;
import dev.kaizen.sixstep.Cost;
import dev.kaizen.sixstep.Decision;
import dev.kaizen.sixstep.Evaluation;
import dev.kaizen.sixstep.Frequency;
import dev.kaizen.sixstep.Idea;
import dev.kaizen.sixstep.IdeaSource;
import dev.kaizen.sixstep.KaizenOutcome;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenRecordDerived;
import dev.kaizen.sixstep.Period;
import dev.kaizen.sixstep.Plan;
import dev.kaizen.sixstep.Potential;
import dev.kaizen.sixstep.Risk;
import java.util.List;
import java.util.OptionalDouble;

/** The JSON format of the Kaizen six-step record, DOMAIN.md §3. */
public final class KaizenRecordFormat implements DocumentFormat<KaizenRecord, KaizenRecordDerived> {
  @Override
  public Model<KaizenRecord, KaizenRecordDerived> model() {
    return Models.KAIZEN;
  }

  @Override
  public KaizenRecord read(Fields f) {
    return KaizenRecord.builder()
        .id(f.string("id"))
        .title(f.string("title"))
        .owner(f.optString("owner"))
        .opened(f.date("opened"))
        .scope(f.token("scope", Scope.class))
        .reach(f.optWholeNumber("reach"))
        .potential(f.object("potential", "step 1 (potential)", KaizenRecordFormat::potential))
        .analysis(
            f.optObject(
                "analysis",
                "step 2 (analysis)",
                a ->
                    Analysis.builder()
                        .contributors(
                            a.objects(
                                "contributors", "a contributor", KaizenRecordFormat::contributor))
                        .build()))
        .ideas(f.optObjects("ideas", "an idea", KaizenRecordFormat::idea))
        .plan(f.optObject("plan", "step 4 (plan)", KaizenRecordFormat::plan))
        .changes(f.optObjects("changes", "a change", KaizenRecordFormat::change))
        .evaluation(
            f.optObject("evaluation", "step 6 (evaluation)", KaizenRecordFormat::evaluation))
        .build();
  }

  /**
   * Reads a metric object.
   *
   * @param f the metric's fields
   * @return the metric
   */
  public static Metric metric(Fields f) {
    return Metric.of(f.string("name"), f.string("unit"), f.token("better", Direction.class));
  }

  /**
   * Writes a metric's members.
   *
   * @param out where to write
   * @param m the metric
   */
  public static void metric(Out out, Metric m) {
    out.string("name", m.name()).string("unit", m.unit()).token("better", m.better());
  }

  private static Potential potential(Fields f) {
    return Potential.builder()
        .problem(f.string("problem"))
        .metric(f.object("metric", "a metric", KaizenRecordFormat::metric))
        .baseline(f.number("baseline"))
        .target(f.number("target"))
        .frequency(
            f.optObject(
                "frequency",
                "a frequency",
                q -> Frequency.of(q.number("times"), q.token("per", Period.class))))
        .proposition(f.optString("proposition"))
        .guardrails(f.optObjects("guardrails", "a guardrail", KaizenRecordFormat::guardrail))
        .deadline(f.optDate("deadline"))
        .build();
  }

  /**
   * Reads a guardrail object: {@code {metric, baseline, limit}}.
   *
   * @param f the guardrail's fields
   * @return the guardrail
   */
  public static Guardrail guardrail(Fields f) {
    return Guardrail.of(
        f.object("metric", "a metric", KaizenRecordFormat::metric),
        f.number("baseline"),
        f.number("limit"));
  }

  /**
   * Writes a guardrail's members.
   *
   * @param out where to write
   * @param g the guardrail
   */
  public static void guardrail(Out out, Guardrail g) {
    out.object("metric", g.metric(), KaizenRecordFormat::metric)
        .number("baseline", g.baseline())
        .number("limit", g.limit());
  }

  /**
   * Reads a guardrail reading: {@code {name, value}}.
   *
   * @param f the reading's fields
   * @return the reading
   */
  public static GuardrailReading guardrailReading(Fields f) {
    return GuardrailReading.of(f.string("name"), f.number("value"));
  }

  /**
   * Writes a guardrail reading's members.
   *
   * @param out where to write
   * @param r the reading
   */
  public static void guardrailReading(Out out, GuardrailReading r) {
    out.string("name", r.name()).number("value", r.value());
  }

  private static Contributor contributor(Fields f) {
    return Contributor.builder()
        .name(f.string("name"))
        .value(f.optNumber("value"))
        .who(f.optString("who"))
        .why(f.optString("why"))
        .build();
  }

  private static Idea idea(Fields f) {
    return Idea.builder()
        .id(f.string("id"))
        .description(f.string("description"))
        .effort(f.token("effort", Level.class))
        .gain(f.token("gain", Level.class))
        .source(f.optToken("source", IdeaSource.class))
        .build();
  }

  private static Plan plan(Fields f) {
    return Plan.builder()
        .stakeholders(f.strings("stakeholders"))
        .risks(
            f.objects(
                "risks",
                "a risk",
                r ->
                    Risk.builder()
                        .description(r.string("description"))
                        .mitigation(r.optString("mitigation"))
                        .build()))
        .costs(
            f.optObjects(
                "costs",
                "a cost",
                c ->
                    Cost.builder()
                        .description(c.string("description"))
                        .amount(c.optNumber("amount"))
                        .unit(c.optString("unit"))
                        .build()))
        .build();
  }

  private static Change change(Fields f) {
    return Change.builder()
        .idea(f.string("idea"))
        .implemented(f.date("implemented"))
        .measured(f.optDate("measured"))
        .result(f.optNumber("result"))
        .build();
  }

  private static Evaluation evaluation(Fields f) {
    return Evaluation.builder()
        .metric(f.object("metric", "a metric", KaizenRecordFormat::metric))
        .value(f.number("value"))
        .date(f.date("date"))
        .decision(f.token("decision", Decision.class))
        .learnings(f.optString("learnings"))
        .guardrails(
            f.optObjects("guardrails", "a guardrail value", KaizenRecordFormat::guardrailReading))
        .build();
  }

  @Override
  public void write(Out out, KaizenRecord r) {
    out.recordHeader(r)
        .object(
            "potential",
            r.potential(),
            (o, p) ->
                o.string("problem", p.problem())
                    .object("metric", p.metric(), KaizenRecordFormat::metric)
                    .number("baseline", p.baseline())
                    .number("target", p.target())
                    .optObject(
                        "frequency",
                        p.frequency(),
                        (q, fr) -> q.number("times", fr.times()).token("per", fr.per()))
                    .optString("proposition", p.proposition())
                    .optObjects("guardrails", p.guardrails(), KaizenRecordFormat::guardrail)
                    .optDate("deadline", p.deadline()))
        .optObject(
            "analysis",
            r.analysis(),
            (o, a) ->
                o.objects(
                    "contributors",
                    a.contributors(),
                    (c, x) ->
                        c.string("name", x.name())
                            .optNumber("value", x.value())
                            .optString("who", x.who())
                            .optString("why", x.why())))
        .optObjects(
            "ideas",
            r.ideas(),
            (o, i) ->
                o.string("id", i.id())
                    .string("description", i.description())
                    .token("effort", i.effort())
                    .token("gain", i.gain())
                    .optToken("source", i.source()))
        .optObject(
            "plan",
            r.plan(),
            (o, p) ->
                o.strings("stakeholders", p.stakeholders())
                    .objects(
                        "risks",
                        p.risks(),
                        (k, x) ->
                            k.string("description", x.description())
                                .optString("mitigation", x.mitigation()))
                    .optObjects(
                        "costs",
                        p.costs(),
                        (k, x) ->
                            k.string("description", x.description())
                                .optNumber("amount", x.amount())
                                .optString("unit", x.unit())))
        .optObjects(
            "changes",
            r.changes(),
            (o, c) ->
                o.string("idea", c.idea())
                    .date("implemented", c.implemented())
                    .optDate("measured", c.measured())
                    .optNumber("result", c.result()))
        .optObject(
            "evaluation",
            r.evaluation(),
            (o, e) ->
                o.object("metric", e.metric(), KaizenRecordFormat::metric)
                    .number("value", e.value())
                    .date("date", e.date())
                    .token("decision", e.decision())
                    .optString("learnings", e.learnings())
                    .optObjects(
                        "guardrails", e.guardrails(), KaizenRecordFormat::guardrailReading));
  }

  /**
   * Writes {@code currentStep}, {@code gainPerOccurrence}, {@code gainPerWeek} (null without a
   * frequency), {@code ideaOrder}, {@code quickWins}, {@code paretoSet}, {@code largestContributor}
   * (null when none), then, only once step 6 is evaluated, {@code improvement}, {@code
   * relativeImprovement} (null when the baseline is 0), {@code attainment} and {@code targetMet}.
   */
  @Override
  public void writeDerived(Out out, KaizenRecordDerived derived) {
    out.wholeNumber("currentStep", derived.currentStep())
        .number("gainPerOccurrence", derived.gainPerOccurrence())
        .numberOrNull("gainPerWeek", derived.gainPerWeek())
        .strings("ideaOrder", derived.ideaOrder())
        .strings("quickWins", derived.quickWins())
        .strings("paretoSet", derived.paretoSet())
        .stringOrNull("largestContributor", derived.largestContributor());
    derived
        .outcome()
        .ifPresent(
            o ->
                out.number("improvement", o.improvement())
                    .numberOrNull("relativeImprovement", o.relativeImprovement())
                    .number("attainment", o.attainment())
                    .bool("targetMet", o.targetMet()));
    guardrails(out, derived.guardrails());
  }

  /** Writes {@code guardrails}, each {@code {name, limit, value, breached}}, when there are any. */
  static void guardrails(Out out, List<GuardrailStatus> statuses) {
    out.optObjects(
        "guardrails",
        statuses,
        (o, g) ->
            o.string("name", g.name())
                .number("limit", g.limit())
                .numberOrNull("value", g.value())
                .bool("breached", g.breached())
                .string("unit", g.guardrail().metric().unit())
                .token("better", g.guardrail().metric().better())
                .number("baseline", g.guardrail().baseline()));
  }

  @Override
  public KaizenRecordDerived readDerived(Fields f) {
    KaizenRecordDerived.Builder derived =
        KaizenRecordDerived.builder()
            .currentStep(f.wholeNumber("currentStep"))
            .gainPerOccurrence(f.number("gainPerOccurrence"))
            .gainPerWeek(f.nullableNumber("gainPerWeek"))
            .ideaOrder(f.strings("ideaOrder"))
            .quickWins(f.strings("quickWins"))
            .paretoSet(f.strings("paretoSet"))
            .largestContributor(f.nullableString("largestContributor"));
    if (f.has("improvement")) {
      derived.outcome(
          KaizenOutcome.builder()
              .improvement(f.number("improvement"))
              .relativeImprovement(f.nullableNumber("relativeImprovement"))
              .attainment(f.number("attainment"))
              .targetMet(f.bool("targetMet"))
              .build());
    }
    return derived.guardrails(guardrailStatuses(f)).build();
  }

  /**
   * Reads the {@code guardrails} of derived values, as {@link #guardrails(Out, List)} writes them.
   *
   * @param f the derived values' object
   * @return the statuses, empty when the member is absent
   */
  static List<GuardrailStatus> guardrailStatuses(Fields f) {
    return f.optObjects(
        "guardrails",
        "a guardrail status",
        g -> {
          String name = g.string("name");
          double limit = g.number("limit");
          OptionalDouble value = g.nullableNumber("value");
          g.bool("breached");
          Metric metric = Metric.of(name, g.string("unit"), g.token("better", Direction.class));
          return GuardrailStatus.builder()
              .guardrail(Guardrail.of(metric, g.number("baseline"), limit))
              .value(value)
              .build();
        });
  }
}
