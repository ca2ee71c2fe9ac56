package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Derived;
import dev.kaizen.a3.A3Section;
import dev.kaizen.a3.Check;
import dev.kaizen.a3.Countermeasure;
import dev.kaizen.a3.CurrentCondition;
import dev.kaizen.a3.Experiment;
import dev.kaizen.a3.FollowUp;
import dev.kaizen.a3.Goal;
import dev.kaizen.a3.Outcome;
import dev.kaizen.a3.RootCause;
import dev.kaizen.a3.SmartCriterion;
import dev.kaizen.a3.SmartLetter;
import dev.kaizen.core.PrintableText;
import dev.kaizen.core.Scope;

/**
 * The JSON format of the A3 improvement-opportunity template, DOMAIN.md §4. {@code target} and
 * {@code change} of the goal are both optional here: giving both or neither is the validation error
 * {@code a3.goal.target-and-change}, not bad input.
 */
public final class A3Format implements DocumentFormat<A3, A3Derived> {
  @Override
  public Model<A3, A3Derived> model() {
    return Models.A3;
  }

  @Override
  public A3 read(Fields f) {
    return A3.builder()
        .id(f.string("id"))
        .title(f.string("title"))
        .owner(f.optString("owner"))
        .opened(f.date("opened"))
        .scope(f.token("scope", Scope.class))
        .reach(f.optWholeNumber("reach"))
        .background(f.string("background"))
        .currentCondition(
            f.object("currentCondition", "the current condition", A3Format::currentCondition))
        .goal(f.object("goal", "the goal statement", A3Format::goal))
        .rootCauses(f.optObjects("rootCauses", "a root cause", A3Format::rootCause))
        .countermeasures(
            f.optObjects("countermeasures", "a countermeasure", A3Format::countermeasure))
        .check(f.optObject("check", "the check", A3Format::check))
        .followUp(f.optObject("followUp", "the follow-up", A3Format::followUp))
        .build();
  }

  private static CurrentCondition currentCondition(Fields f) {
    return CurrentCondition.builder()
        .statement(f.string("statement"))
        .facts(f.optStrings("facts"))
        .build();
  }

  private static Goal goal(Fields f) {
    return Goal.builder()
        .metric(f.object("metric", "a metric", KaizenRecordFormat::metric))
        .baseline(f.number("baseline"))
        .target(f.optNumber("target"))
        .change(f.optNumber("change"))
        .deadline(f.optDate("deadline"))
        .guardrails(f.optObjects("guardrails", "a guardrail", KaizenRecordFormat::guardrail))
        .build();
  }

  private static RootCause rootCause(Fields f) {
    return RootCause.builder()
        .id(f.string("id"))
        .hypothesis(f.string("hypothesis"))
        .assumptions(f.optStrings("assumptions"))
        .experiments(
            f.optObjects(
                "experiments",
                "an experiment",
                e -> Experiment.of(e.string("description"), e.token("outcome", Outcome.class))))
        .build();
  }

  private static Countermeasure countermeasure(Fields f) {
    return Countermeasure.builder()
        .id(f.string("id"))
        .addresses(f.strings("addresses"))
        .steps(f.strings("steps"))
        .owner(f.optString("owner"))
        .due(f.optDate("due"))
        .build();
  }

  private static Check check(Fields f) {
    return Check.builder()
        .method(f.string("method"))
        .metric(f.object("metric", "a metric", KaizenRecordFormat::metric))
        .result(f.optNumber("result"))
        .date(f.optDate("date"))
        .guardrails(
            f.optObjects("guardrails", "a guardrail value", KaizenRecordFormat::guardrailReading))
        .build();
  }

  private static FollowUp followUp(Fields f) {
    return FollowUp.builder()
        .actions(f.strings("actions"))
        .report(f.string("report"))
        .sharedWith(f.strings("sharedWith"))
        .build();
  }

  @Override
  public void write(Out out, A3 a) {
    out.recordHeader(a)
        .string("background", a.background())
        .object(
            "currentCondition",
            a.currentCondition(),
            (o, c) -> o.string("statement", c.statement()).optStrings("facts", c.facts()))
        .object(
            "goal",
            a.goal(),
            (o, g) ->
                o.object("metric", g.metric(), KaizenRecordFormat::metric)
                    .number("baseline", g.baseline())
                    .optNumber("target", g.target())
                    .optNumber("change", g.change())
                    .optDate("deadline", g.deadline())
                    .optObjects("guardrails", g.guardrails(), KaizenRecordFormat::guardrail))
        .optObjects(
            "rootCauses",
            a.rootCauses(),
            (o, r) ->
                o.string("id", r.id())
                    .string("hypothesis", r.hypothesis())
                    .optStrings("assumptions", r.assumptions())
                    .optObjects(
                        "experiments",
                        r.experiments(),
                        (e, x) ->
                            e.string("description", x.description()).token("outcome", x.outcome())))
        .optObjects(
            "countermeasures",
            a.countermeasures(),
            (o, c) ->
                o.string("id", c.id())
                    .strings("addresses", c.addresses())
                    .strings("steps", c.steps())
                    .optString("owner", c.owner())
                    .optDate("due", c.due()))
        .optObject(
            "check",
            a.check(),
            (o, c) ->
                o.string("method", c.method())
                    .object("metric", c.metric(), KaizenRecordFormat::metric)
                    .optNumber("result", c.result())
                    .optDate("date", c.date())
                    .optObjects("guardrails", c.guardrails(), KaizenRecordFormat::guardrailReading))
        .optObject(
            "followUp",
            a.followUp(),
            (o, u) ->
                o.strings("actions", u.actions())
                    .string("report", u.report())
                    .strings("sharedWith", u.sharedWith()));
  }

  /**
   * Writes {@code target}, {@code attainment}, {@code smart}, {@code smartMissing} (each {@code
   * {letter, reason}}), {@code improvement}, {@code sectionsFilled}, {@code currentSection} (the
   * section's JSON property), {@code complete}, {@code hypothesesWithoutCountermeasures}, {@code
   * unaddressedHypotheses} and {@code lackOfSolution}; each value that can be missing as null.
   */
  @Override
  public void writeDerived(Out out, A3Derived derived) {
    out.numberOrNull("target", derived.target())
        .numberOrNull("attainment", derived.attainment())
        .string("smart", derived.smart())
        .objects(
            "smartMissing",
            derived.smartMissing(),
            (o, c) -> o.string("letter", c.letter().name()).string("reason", c.reason()))
        .numberOrNull("improvement", derived.improvement())
        .wholeNumber("sectionsFilled", derived.sectionsFilled())
        .stringOrNull("currentSection", derived.currentSection().map(A3Section::property))
        .bool("complete", derived.complete())
        .strings("hypothesesWithoutCountermeasures", derived.hypothesesWithoutCountermeasures())
        .strings("unaddressedHypotheses", derived.unaddressedHypotheses())
        .stringOrNull("lackOfSolution", derived.lackOfSolution());
    KaizenRecordFormat.guardrails(out, derived.guardrails());
  }

  @Override
  public A3Derived readDerived(Fields f) {
    return A3Derived.builder()
        .target(f.nullableNumber("target"))
        .attainment(f.nullableNumber("attainment"))
        .smart(f.string("smart"))
        .smartMissing(
            f.objects(
                "smartMissing",
                "a SMART letter not satisfied",
                c -> SmartCriterion.of(smartLetter(c), false, c.string("reason"))))
        .improvement(f.nullableNumber("improvement"))
        .sectionsFilled(f.wholeNumber("sectionsFilled"))
        .currentSection(f.nullable("currentSection").map(A3Format::section))
        .complete(f.bool("complete"))
        .hypothesesWithoutCountermeasures(f.strings("hypothesesWithoutCountermeasures"))
        .unaddressedHypotheses(f.strings("unaddressedHypotheses"))
        .lackOfSolution(f.nullableString("lackOfSolution"))
        .guardrails(KaizenRecordFormat.guardrailStatuses(f))
        .build();
  }

  private static SmartLetter smartLetter(Fields f) {
    Node node = f.required("letter");
    String letter = Fields.asString(node);
    for (SmartLetter candidate : SmartLetter.values()) {
      if (candidate.name().equals(letter)) {
        return candidate;
      }
    }
    throw node.bad(
        "unknown SMART letter \""
            + PrintableText.escape(letter)
            + "\"; the letters are "
            + java.util.Arrays.toString(SmartLetter.values()));
  }

  private static A3Section section(Node node) {
    String property = Fields.asString(node);
    for (A3Section section : A3Section.values()) {
      if (section.property().equals(property)) {
        return section;
      }
    }
    throw node.bad(
        "unknown A3 section \""
            + PrintableText.escape(property)
            + "\"; the sections are "
            + java.util.Arrays.stream(A3Section.values()).map(A3Section::property).toList());
  }
}
