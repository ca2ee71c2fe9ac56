package dev.kaizen.testing.generators;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Section;
import dev.kaizen.a3.Check;
import dev.kaizen.a3.Countermeasure;
import dev.kaizen.a3.CurrentCondition;
import dev.kaizen.a3.Experiment;
import dev.kaizen.a3.FollowUp;
import dev.kaizen.a3.Goal;
import dev.kaizen.a3.Outcome;
import dev.kaizen.a3.RootCause;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.Metric;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.validation.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Generators of A3s (DOMAIN.md §4): {@linkplain #completeA3s() complete} (all seven sections and a
 * measured check) and valid, {@linkplain #inProgressA3s() in progress} and valid, {@linkplain
 * #broken() broken} on purpose with the error rule they break, and {@linkplain #a3s() any} of
 * these. Valid A3s may still carry warnings (a goal that is not SMART, an unaddressed hypothesis, a
 * follow-up shared with nobody, a lack-of-solution phrase): those are weak practice, not errors.
 */
public final class A3Generators {
  private A3Generators() {}

  /**
   * Valid A3s with all seven sections filled and a check result.
   *
   * @return the generator
   */
  public static Gen<A3> completeA3s() {
    return choices -> a3(choices, 7, true);
  }

  /**
   * Valid A3s in progress: the first 3 to 6 sections filled, a check (if reached) with or without a
   * result.
   *
   * @return the generator
   */
  public static Gen<A3> inProgressA3s() {
    return choices -> a3(choices, choices.between(3, 6), false);
  }

  /**
   * Valid A3s with 3 to 7 sections filled.
   *
   * @return the generator
   */
  public static Gen<A3> validA3s() {
    return choices -> a3(choices, choices.between(3, 7), false);
  }

  /**
   * A3s that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<A3>> broken() {
    return choices -> {
      A3 a3 = a3(choices, 7, true);
      Breakage breakage = Gens.enums(Breakage.class).generate(choices);
      return Broken.of(breakage.apply(a3, choices), breakage.rule);
    };
  }

  /**
   * Any A3: complete, in progress or broken.
   *
   * @return the generator
   */
  public static Gen<A3> a3s() {
    return Gens.either(completeA3s(), inProgressA3s(), broken().map(Broken::document));
  }

  /**
   * Returns {@code a3} with a check result of {@code value} on the goal's metric (adding a check
   * when it has none), for monotonicity properties.
   *
   * @param a3 an A3
   * @param value the measured result
   * @return the changed A3
   */
  public static A3 withCheckResult(A3 a3, double value) {
    Check check =
        a3.check()
            .orElseGet(
                () -> Check.builder().method("measure again").metric(a3.goal().metric()).build());
    return a3.withCheck(check.withResult(value));
  }

  private static A3 a3(Choices c, int sections, boolean measured) {
    Metric metric = SharedGenerators.metrics().generate(c);
    LocalDate opened = SharedGenerators.dates().generate(c);
    double baseline = Gens.doubles(0, 1000).generate(c);
    Goal.Builder goal = Goal.builder().metric(metric).baseline(baseline);
    if (baseline > 0 && c.oneIn(2)) {
      double relative = Gens.doubles(0.01, 0.9).generate(c);
      goal.change(metric.better() == Direction.LOWER ? -relative : relative);
    } else {
      goal.target(SharedGenerators.better(metric, baseline, Gens.doubles(0.001, 500).generate(c)));
    }
    if (!c.oneIn(5)) {
      goal.deadline(opened.plusDays(c.between(1, 365)));
    }
    List<Guardrail> guardrails = SharedGenerators.guardrails().generate(c);
    goal.guardrails(guardrails);
    A3.Builder a3 =
        A3.builder()
            .id("A3-" + c.between(1, 999))
            .title(Gens.sentences().generate(c))
            .owner(Gens.words(1, 8).optional().generate(c))
            .opened(opened)
            .scope(SharedGenerators.scopes().generate(c))
            .background(
                c.oneIn(2)
                    ? metric.name() + " " + Gens.sentences().generate(c)
                    : Gens.sentences().generate(c))
            .currentCondition(
                CurrentCondition.builder()
                    .statement(Gens.sentences().generate(c))
                    .facts(Gens.lists(Gens.sentences(), 0, 3).generate(c))
                    .build())
            .goal(goal.build());
    if (c.oneIn(3)) {
      a3.reach(c.between(0, 10_000));
    }
    List<String> ids = new ArrayList<>();
    if (sections >= A3Section.ROOT_CAUSES.number()) {
      int count = c.between(1, 4);
      for (int i = 0; i < count; i++) {
        String id = "H" + (i + 1);
        ids.add(id);
        a3.addRootCauses(
            RootCause.builder()
                .id(id)
                .hypothesis(Gens.sentences().generate(c))
                .assumptions(Gens.lists(Gens.sentences(), 0, 2).generate(c))
                .experiments(
                    Gens.lists(
                            choices ->
                                Experiment.of(
                                    Gens.sentences().generate(choices),
                                    Gens.enums(Outcome.class).generate(choices)),
                            0,
                            2)
                        .generate(c))
                .build());
      }
    }
    if (sections >= A3Section.COUNTERMEASURES.number()) {
      int count = c.between(1, 3);
      for (int i = 0; i < count; i++) {
        a3.addCountermeasures(
            Countermeasure.builder()
                .id("C" + (i + 1))
                .addresses(Gens.lists(Gens.oneOf(ids), 1, 2).generate(c))
                .steps(Gens.lists(Gens.sentences(), 0, 3).generate(c))
                .owner(Gens.words(1, 8).optional().generate(c))
                .due(Gens.optionals(Gens.dates(opened, opened.plusDays(365))).generate(c))
                .build());
      }
    }
    double gap = Math.abs(baseline - goal.build().effectiveTarget().getAsDouble());
    if (sections >= A3Section.CHECK.number()) {
      Check.Builder check =
          Check.builder()
              .method(Gens.sentences().generate(c))
              .metric(metric)
              .date(Gens.optionals(Gens.dates(opened, opened.plusDays(400))).generate(c));
      if (measured || !c.oneIn(3)) {
        check.result(
            SharedGenerators.better(metric, baseline, Gens.doubles(-gap, 2 * gap).generate(c)));
        check.guardrails(SharedGenerators.readingsWithinLimits(guardrails).generate(c));
      }
      a3.check(check.build());
    }
    if (sections >= A3Section.FOLLOW_UP.number()) {
      a3.followUp(
          FollowUp.builder()
              .actions(Gens.lists(Gens.sentences(), 0, 2).generate(c))
              .report(Gens.sentences().generate(c))
              .sharedWith(Gens.lists(Gens.words(2, 10), 0, 2).generate(c))
              .build());
    }
    return a3.build();
  }

  /** The ways {@link #broken()} breaks a complete A3, each with the error rule it breaks. */
  private enum Breakage {
    GUARDRAIL_LIMIT_BETTER(RuleCode.A3_GOAL_GUARDRAIL_LIMIT_BETTER) {
      @Override
      A3 apply(A3 a, Choices c) {
        Metric metric = Metric.of("satisfaction", "points", Direction.HIGHER);
        double baseline = Gens.doubles(1, 100).generate(c);
        return a.withGoal(
            a.goal()
                .withGuardrails(
                    Guardrail.of(metric, baseline, baseline + Gens.doubles(0.5, 1).generate(c))));
      }
    },
    UNKNOWN_GUARDRAIL(RuleCode.A3_CHECK_UNKNOWN_GUARDRAIL) {
      @Override
      A3 apply(A3 a, Choices c) {
        Check check = a.check().orElseThrow();
        List<GuardrailReading> readings = new ArrayList<>(check.guardrails());
        readings.add(0, GuardrailReading.of("no such guardrail", Gens.doubles(0, 9).generate(c)));
        return a.withCheck(check.withGuardrails(readings));
      }
    },
    SECTION_MISSING(RuleCode.A3_SECTIONS_OUT_OF_ORDER) {
      @Override
      A3 apply(A3 a, Choices c) {
        A3Section gap =
            Gens.oneOf(A3Section.ROOT_CAUSES, A3Section.COUNTERMEASURES, A3Section.CHECK)
                .generate(c);
        switch (gap) {
          case ROOT_CAUSES:
            return a.withRootCauses(List.of());
          case COUNTERMEASURES:
            return a.withCountermeasures(List.of());
          default:
            return a.withCheck(Optional.empty());
        }
      }
    },
    TARGET_NOT_BETTER(RuleCode.A3_GOAL_TARGET_NOT_BETTER) {
      @Override
      A3 apply(A3 a, Choices c) {
        Goal g = a.goal();
        double worse =
            SharedGenerators.better(g.metric(), g.baseline(), -Gens.doubles(0, 100).generate(c));
        return a.withGoal(g.withChange(OptionalDouble.empty()).withTarget(worse));
      }
    },
    TARGET_AND_CHANGE(RuleCode.A3_GOAL_TARGET_AND_CHANGE) {
      @Override
      A3 apply(A3 a, Choices c) {
        Goal g = a.goal();
        if (c.oneIn(2)) {
          return a.withGoal(
              g.withTarget(OptionalDouble.empty()).withChange(OptionalDouble.empty()));
        }
        return a.withGoal(
            g.withTarget(g.effectiveTarget())
                .withChange(g.change().isPresent() ? g.change().getAsDouble() : -0.1));
      }
    },
    DEADLINE_BEFORE_OPENED(RuleCode.A3_GOAL_DEADLINE_BEFORE_OPENED) {
      @Override
      A3 apply(A3 a, Choices c) {
        return a.withGoal(a.goal().withDeadline(a.opened().minusDays(c.between(1, 60))));
      }
    },
    DUPLICATE_ID(RuleCode.A3_ROOT_CAUSES_DUPLICATE_ID) {
      @Override
      A3 apply(A3 a, Choices c) {
        if (c.oneIn(2)) {
          List<Countermeasure> measures = new ArrayList<>(a.countermeasures());
          measures.add(measures.get(0).withSteps("the same countermeasure again"));
          return a.withCountermeasures(measures);
        }
        List<RootCause> causes = new ArrayList<>(a.rootCauses());
        causes.add(causes.get(0).withHypothesis("the same hypothesis again"));
        return a.withRootCauses(causes);
      }
    },
    UNTRACED(RuleCode.A3_COUNTERMEASURES_UNTRACED) {
      @Override
      A3 apply(A3 a, Choices c) {
        List<Countermeasure> measures = new ArrayList<>(a.countermeasures());
        Countermeasure first = measures.get(0);
        measures.set(
            0, c.oneIn(2) ? first.withAddresses(List.of()) : first.withAddresses("no-such-cause"));
        return a.withCountermeasures(measures);
      }
    },
    CHECK_METRIC_MISMATCH(RuleCode.A3_CHECK_METRIC_MISMATCH) {
      @Override
      A3 apply(A3 a, Choices c) {
        Check check = a.check().orElseThrow();
        Metric m = check.metric();
        Metric other =
            Gens.oneOf(
                    m.withName(m.name() + " (other)"),
                    m.withUnit(m.unit() + " (other)"),
                    m.withBetter(
                        m.better() == Direction.LOWER ? Direction.HIGHER : Direction.LOWER))
                .generate(c);
        return a.withCheck(check.withMetric(other));
      }
    };

    final RuleCode rule;

    Breakage(RuleCode rule) {
      this.rule = rule;
    }

    abstract A3 apply(A3 a3, Choices choices);
  }
}
