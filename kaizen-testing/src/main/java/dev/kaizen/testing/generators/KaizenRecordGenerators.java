package dev.kaizen.testing.generators;

import dev.kaizen.core.Direction;
import dev.kaizen.core.Guardrail;
import dev.kaizen.core.GuardrailReading;
import dev.kaizen.core.Metric;
import dev.kaizen.sixstep.Analysis;
import dev.kaizen.sixstep.Change;
import dev.kaizen.sixstep.Contributor;
import dev.kaizen.sixstep.Decision;
import dev.kaizen.sixstep.Evaluation;
import dev.kaizen.sixstep.Frequency;
import dev.kaizen.sixstep.Idea;
import dev.kaizen.sixstep.IdeaSource;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenStep;
import dev.kaizen.sixstep.Period;
import dev.kaizen.sixstep.Plan;
import dev.kaizen.sixstep.Potential;
import dev.kaizen.sixstep.Risk;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.validation.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generators of Kaizen six-step records (DOMAIN.md §3): {@linkplain #completeRecords() complete}
 * and valid, {@linkplain #inProgressRecords() in progress} and valid, {@linkplain #broken() broken}
 * on purpose with the rule they break, and {@linkplain #records() any} of these.
 */
public final class KaizenRecordGenerators {
  private KaizenRecordGenerators() {}

  /**
   * Valid records with all six steps filled.
   *
   * @return the generator
   */
  public static Gen<KaizenRecord> completeRecords() {
    return choices -> record(choices, 6);
  }

  /**
   * Valid records with steps 1 to k filled, k from 1 to 5.
   *
   * @return the generator
   */
  public static Gen<KaizenRecord> inProgressRecords() {
    return choices -> record(choices, choices.between(1, 5));
  }

  /**
   * Valid records with 1 to 6 steps filled.
   *
   * @return the generator
   */
  public static Gen<KaizenRecord> validRecords() {
    return choices -> record(choices, choices.between(1, 6));
  }

  /**
   * Records that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<KaizenRecord>> broken() {
    return choices -> {
      KaizenRecord record = record(choices, 6);
      Breakage breakage = Gens.enums(Breakage.class).generate(choices);
      return Broken.of(breakage.apply(record, choices), breakage.rule);
    };
  }

  /**
   * Any record: complete, in progress or broken.
   *
   * @return the generator
   */
  public static Gen<KaizenRecord> records() {
    return Gens.either(completeRecords(), inProgressRecords(), broken().map(Broken::document));
  }

  /**
   * Returns {@code record} with an evaluation of {@code value} on its step-1 metric (adding the
   * evaluation when it has none), for monotonicity properties.
   *
   * @param record a record
   * @param value the evaluated value
   * @return the changed record
   */
  public static KaizenRecord withEvaluatedValue(KaizenRecord record, double value) {
    Evaluation evaluation =
        record
            .evaluation()
            .orElseGet(
                () ->
                    Evaluation.builder()
                        .metric(record.potential().metric())
                        .value(value)
                        .date(record.opened().plusDays(60))
                        .decision(Decision.MOVE_ON)
                        .build());
    return record.withEvaluation(evaluation.withValue(value));
  }

  private static KaizenRecord record(Choices c, int steps) {
    Metric metric = SharedGenerators.metrics().generate(c);
    double baseline = Gens.doubles(0, 1000).generate(c);
    double gap = Gens.doubles(0.001, 500).generate(c);
    double target = SharedGenerators.better(metric, baseline, gap);
    LocalDate opened = SharedGenerators.dates().generate(c);
    List<Guardrail> guardrails = SharedGenerators.guardrails().generate(c);
    KaizenRecord.Builder record =
        KaizenRecord.builder()
            .id("KZ-" + c.between(1, 999))
            .title(Gens.sentences().generate(c))
            .owner(Gens.words(1, 8).optional().generate(c))
            .opened(opened)
            .scope(SharedGenerators.scopes().generate(c))
            .potential(
                Potential.builder()
                    .problem(Gens.sentences().generate(c))
                    .metric(metric)
                    .baseline(baseline)
                    .target(target)
                    .frequency(
                        Gens.optionals(
                                choices ->
                                    Frequency.of(
                                        Gens.doubles(0.5, 50).generate(choices),
                                        Gens.enums(Period.class).generate(choices)))
                            .generate(c))
                    .proposition(Gens.sentences().optional().generate(c))
                    .guardrails(guardrails)
                    .deadline(
                        c.oneIn(2)
                            ? Optional.of(opened.plusDays(c.between(0, 365)))
                            : Optional.empty())
                    .build());
    if (c.oneIn(3)) {
      record.reach(c.between(0, 10_000));
    }
    if (steps >= 2) {
      List<Contributor> contributors = new ArrayList<>();
      int count = c.between(1, 5);
      for (int i = 0; i < count; i++) {
        Contributor.Builder contributor = Contributor.builder().name("part " + (i + 1));
        if (!c.oneIn(6)) {
          contributor.value(Gens.doubles(0, Math.max(baseline, 0) / count).generate(c));
        }
        contributors.add(contributor.build());
      }
      record.analysis(Analysis.builder().contributors(contributors).build());
    }
    List<Idea> ideas = new ArrayList<>();
    if (steps >= 3) {
      int count = c.between(1, 5);
      for (int i = 0; i < count; i++) {
        ideas.add(
            Idea.builder()
                .id("I" + (i + 1))
                .description(Gens.sentences().generate(c))
                .effort(SharedGenerators.levels().generate(c))
                .gain(SharedGenerators.levels().generate(c))
                .source(Gens.optionals(Gens.enums(IdeaSource.class)).generate(c))
                .build());
      }
      record.ideas(ideas);
    }
    if (steps >= 4) {
      record.plan(
          Plan.builder()
              .stakeholders(Gens.lists(Gens.words(2, 10), 0, 3).generate(c))
              .risks(
                  Gens.lists(Gens.sentences().map(d -> Risk.builder().description(d).build()), 0, 3)
                      .generate(c))
              .build());
    }
    LocalDate last = opened;
    if (steps >= 5) {
      List<Change> changes = new ArrayList<>();
      int count = c.between(1, 4);
      for (int i = 0; i < count; i++) {
        LocalDate implemented = last.plusDays(c.between(0, 14));
        LocalDate measured = implemented.plusDays(c.between(0, 7));
        changes.add(
            Change.builder()
                .idea(ideas.get(c.between(0, ideas.size() - 1)).id())
                .implemented(implemented)
                .measured(measured)
                .result(
                    SharedGenerators.better(
                        metric, baseline, Gens.doubles(-gap, 2 * gap).generate(c)))
                .build());
        last = measured;
      }
      record.changes(changes);
    }
    if (steps >= 6) {
      record.evaluation(
          Evaluation.builder()
              .metric(metric)
              .value(
                  SharedGenerators.better(
                      metric, baseline, Gens.doubles(-gap, 2 * gap).generate(c)))
              .date(last.plusDays(c.between(0, 30)))
              .decision(Gens.enums(Decision.class).generate(c))
              .learnings(Gens.sentences().optional().generate(c))
              .guardrails(SharedGenerators.readingsWithinLimits(guardrails).generate(c))
              .build());
    }
    return record.build();
  }

  /** The ways {@link #broken()} breaks a complete record, each with the error rule it breaks. */
  private enum Breakage {
    GUARDRAIL_LIMIT_BETTER(RuleCode.KAIZEN_POTENTIAL_GUARDRAIL_LIMIT_BETTER) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        Metric metric = Metric.of("rework hours", "hours", Direction.LOWER);
        double baseline = Gens.doubles(1, 100).generate(c);
        return r.withPotential(
            r.potential()
                .withGuardrails(
                    Guardrail.of(metric, baseline, baseline - Gens.doubles(0.5, 1).generate(c))));
      }
    },
    UNKNOWN_GUARDRAIL(RuleCode.KAIZEN_EVALUATION_UNKNOWN_GUARDRAIL) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        Evaluation evaluation = r.evaluation().orElseThrow();
        List<GuardrailReading> readings = new ArrayList<>(evaluation.guardrails());
        readings.add(GuardrailReading.of("no such guardrail", Gens.doubles(0, 9).generate(c)));
        return r.withEvaluation(evaluation.withGuardrails(readings));
      }
    },
    DEADLINE_BEFORE_OPENED(RuleCode.KAIZEN_DATES_DEADLINE_BEFORE_OPENED) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        return r.withPotential(r.potential().withDeadline(r.opened().minusDays(c.between(1, 60))));
      }
    },
    TARGET_NOT_BETTER(RuleCode.KAIZEN_POTENTIAL_TARGET_NOT_BETTER) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        double worse =
            SharedGenerators.better(
                r.potential().metric(),
                r.potential().baseline(),
                -Gens.doubles(0, 100).generate(c));
        return r.withPotential(r.potential().withTarget(worse));
      }
    },
    STEP_MISSING(RuleCode.KAIZEN_STEPS_OUT_OF_ORDER) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        KaizenStep gap =
            Gens.oneOf(KaizenStep.ANALYSIS, KaizenStep.IDEAS, KaizenStep.PLAN, KaizenStep.CHANGES)
                .generate(c);
        switch (gap) {
          case ANALYSIS:
            return KaizenRecord.builder().from(r).analysis(java.util.Optional.empty()).build();
          case IDEAS:
            return r.withIdeas(List.of());
          case PLAN:
            return KaizenRecord.builder().from(r).plan(java.util.Optional.empty()).build();
          default:
            return r.withChanges(List.of());
        }
      }
    },
    EMPTY_ANALYSIS(RuleCode.KAIZEN_ANALYSIS_EMPTY) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        return r.withAnalysis(Analysis.builder().build());
      }
    },
    DUPLICATE_IDEA(RuleCode.KAIZEN_IDEAS_DUPLICATE_ID) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        List<Idea> ideas = new ArrayList<>(r.ideas());
        ideas.add(ideas.get(0).withDescription("the same idea again"));
        return r.withIdeas(ideas);
      }
    },
    UNKNOWN_IDEA(RuleCode.KAIZEN_CHANGES_UNKNOWN_IDEA) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        List<Change> changes = new ArrayList<>(r.changes());
        changes.set(0, changes.get(0).withIdea("no-such-idea"));
        return r.withChanges(changes);
      }
    },
    MEASURED_BEFORE_IMPLEMENTED(RuleCode.KAIZEN_CHANGES_MEASURED_BEFORE_IMPLEMENTED) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        List<Change> changes = new ArrayList<>(r.changes());
        Change first = changes.get(0);
        changes.set(0, first.withMeasured(first.implemented().minusDays(c.between(1, 5))));
        return r.withChanges(changes);
      }
    },
    NOT_ONE_AT_A_TIME(RuleCode.KAIZEN_CHANGES_NOT_ONE_AT_A_TIME) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        List<Change> changes = new ArrayList<>(r.changes());
        Change first = changes.get(0);
        changes.set(0, Change.builder().from(first).measured(java.util.Optional.empty()).build());
        if (changes.size() == 1) {
          changes.add(
              first
                  .withImplemented(first.implemented().plusDays(1))
                  .withMeasured(first.implemented().plusDays(2)));
        }
        return r.withChanges(changes);
      }
    },
    METRIC_MISMATCH(RuleCode.KAIZEN_EVALUATION_METRIC_MISMATCH) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        Evaluation e = r.evaluation().orElseThrow();
        return r.withEvaluation(e.withMetric(e.metric().withUnit(e.metric().unit() + " (other)")));
      }
    },
    EVALUATED_BEFORE_OPENED(RuleCode.KAIZEN_DATES_OUT_OF_ORDER) {
      @Override
      KaizenRecord apply(KaizenRecord r, Choices c) {
        Evaluation e = r.evaluation().orElseThrow();
        return r.withEvaluation(e.withDate(r.opened().minusDays(c.between(1, 30))));
      }
    };

    final RuleCode rule;

    Breakage(RuleCode rule) {
      this.rule = rule;
    }

    abstract KaizenRecord apply(KaizenRecord record, Choices choices);
  }
}
