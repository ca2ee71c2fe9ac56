package dev.kaizen.testing.generators;

import dev.kaizen.a3.A3;
import dev.kaizen.core.Document;
import dev.kaizen.core.Scope;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.testing.Choices;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of progression frameworks and cases (DOMAIN.md §6): valid {@linkplain #frameworks()
 * frameworks} and {@linkplain #brokenFrameworks() broken} ones; evidence records of every kind
 * ({@linkplain #evidence() any}, {@linkplain #countedEvidence() counted}, {@linkplain
 * #brokenEvidence() broken}); valid {@linkplain #cases() cases} (whose evidence may be broken: a
 * case stays valid), {@linkplain #casesWithBrokenEvidence() cases with broken evidence},
 * {@linkplain #broken() broken cases} with the error rule they break, and {@linkplain
 * #progressionCases() any} case.
 */
public final class ProgressionGenerators {
  private ProgressionGenerators() {}

  /**
   * Valid frameworks: one to six levels whose thresholds never fall and whose ids are unique.
   *
   * @return the generator
   */
  public static Gen<Framework> frameworks() {
    return choices -> framework(choices, choices.between(1, 6));
  }

  /**
   * Frameworks that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<Framework>> brokenFrameworks() {
    return choices -> {
      FrameworkBreakage breakage = Gens.enums(FrameworkBreakage.class).generate(choices);
      return Broken.of(
          breakage.apply(framework(choices, choices.between(2, 6)), choices), breakage.rule);
    };
  }

  /**
   * Evidence records of both kinds (Kaizen records and A3s) and every state: complete or in
   * progress, with or without a positive improvement, valid or broken.
   *
   * @return the generator
   */
  public static Gen<Document> evidence() {
    return Gens.either(countedEvidence(), KaizenRecordGenerators.records(), A3Generators.a3s());
  }

  /**
   * Evidence records that count, Kaizen records and A3s: complete, valid, with a positive
   * improvement (the result reaches the target).
   *
   * @return the generator
   */
  public static Gen<Document> countedEvidence() {
    return Gens.either(countedKaizen(), countedA3());
  }

  /**
   * Evidence records that count, reaching exactly {@code scope}.
   *
   * @param scope how far the record's change reaches
   * @return the generator
   */
  public static Gen<Document> countedEvidence(Scope scope) {
    return Gens.either(
        countedKaizen().map(r -> r.withScope(scope)), countedA3().map(a -> a.withScope(scope)));
  }

  private static Gen<KaizenRecord> countedKaizen() {
    return KaizenRecordGenerators.completeRecords()
        .map(r -> KaizenRecordGenerators.withEvaluatedValue(r, r.potential().target()));
  }

  private static Gen<A3> countedA3() {
    return A3Generators.completeA3s()
        .map(a -> A3Generators.withCheckResult(a, a.goalTarget().getAsDouble()));
  }

  /**
   * Evidence records with at least one validation error.
   *
   * @return the generator
   */
  public static Gen<Document> brokenEvidence() {
    return Gens.either(
        KaizenRecordGenerators.broken().map(Broken::document),
        A3Generators.broken().map(Broken::document));
  }

  /**
   * Valid cases: a valid framework, a target level it has, an expertise in [0, 1], and zero to six
   * evidence records of any kind and state.
   *
   * @return the generator
   */
  public static Gen<ProgressionCase> cases() {
    return choices -> progressionCase(choices, Gens.lists(evidence(), 0, 6).generate(choices));
  }

  /**
   * Valid cases with at least one broken evidence record among the others.
   *
   * @return the generator
   */
  public static Gen<ProgressionCase> casesWithBrokenEvidence() {
    return choices -> {
      List<Document> evidence = new ArrayList<>(Gens.lists(evidence(), 0, 4).generate(choices));
      int count = choices.between(1, 3);
      for (int i = 0; i < count; i++) {
        evidence.add(choices.between(0, evidence.size()), brokenEvidence().generate(choices));
      }
      return progressionCase(choices, evidence);
    };
  }

  /**
   * Cases that break one error rule on purpose, with that rule.
   *
   * @return the generator
   */
  public static Gen<Broken<ProgressionCase>> broken() {
    return choices -> {
      CaseBreakage breakage = Gens.enums(CaseBreakage.class).generate(choices);
      return breakage.apply(cases().generate(choices), choices);
    };
  }

  /**
   * Any case: valid, with broken evidence, or broken.
   *
   * @return the generator
   */
  public static Gen<ProgressionCase> progressionCases() {
    return Gens.either(cases(), casesWithBrokenEvidence(), broken().map(Broken::document));
  }

  private static ProgressionCase progressionCase(Choices c, List<Document> evidence) {
    Framework framework = frameworks().generate(c);
    String target = framework.levels().get(c.between(0, framework.levels().size() - 1)).id();
    return ProgressionCase.builder()
        .candidate(Gens.words(1, 10).generate(c))
        .targetLevel(target)
        .expertise(Gens.doubles(0, 1).generate(c))
        .framework(framework)
        .evidence(evidence)
        .build();
  }

  private static Framework framework(Choices c, int size) {
    List<FrameworkLevel> levels = new ArrayList<>();
    double competence = Gens.doubles(0, 0.5).generate(c);
    int scope = c.between(0, 2);
    int evidence = c.between(0, 1);
    for (int i = 0; i < size; i++) {
      levels.add(
          FrameworkLevel.builder()
              .id("L" + (i + 1))
              .title(Gens.sentences().generate(c))
              .minCompetence(competence)
              .minScope(Scope.values()[scope])
              .minEvidence(evidence)
              .build());
      competence = Math.min(1, competence + Gens.doubles(0, 0.25).generate(c));
      scope = Math.min(Scope.values().length - 1, scope + c.between(0, 1));
      evidence += c.between(0, 2);
    }
    return Framework.builder().name(Gens.sentences().generate(c)).levels(levels).build();
  }

  /** The ways {@link #brokenFrameworks()} breaks a framework of two levels or more. */
  private enum FrameworkBreakage {
    COMPETENCE_FALLS(RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        double low = Gens.doubles(0, 0.49).generate(c);
        return set(
            set(f, i - 1, f.levels().get(i - 1).withMinCompetence(0.5)),
            i,
            f.levels().get(i).withMinCompetence(low));
      }
    },
    SCOPE_FALLS(RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        Scope low = Gens.oneOf(Scope.SELF, Scope.PEERS, Scope.TEAM).generate(c);
        return set(
            set(f, i - 1, f.levels().get(i - 1).withMinScope(Scope.DEPARTMENT)),
            i,
            f.levels().get(i).withMinScope(low));
      }
    },
    EVIDENCE_FALLS(RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        return set(
            set(f, i - 1, f.levels().get(i - 1).withMinEvidence(3)),
            i,
            f.levels().get(i).withMinEvidence(c.between(0, 2)));
      }
    },
    DUPLICATE_ID(RuleCode.FRAMEWORK_LEVELS_DUPLICATE_ID) {
      @Override
      Framework apply(Framework f, Choices c) {
        int i = c.between(1, f.levels().size() - 1);
        int j = c.between(0, i - 1);
        return set(f, i, f.levels().get(i).withId(f.levels().get(j).id()));
      }
    };

    final RuleCode rule;

    FrameworkBreakage(RuleCode rule) {
      this.rule = rule;
    }

    abstract Framework apply(Framework framework, Choices choices);

    static Framework set(Framework f, int index, FrameworkLevel level) {
      List<FrameworkLevel> levels = new ArrayList<>(f.levels());
      levels.set(index, level);
      return f.withLevels(levels);
    }
  }

  /** The ways {@link #broken()} breaks a valid case, each with the error rule it breaks. */
  private enum CaseBreakage {
    UNKNOWN_TARGET {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        return Broken.of(
            pc.withTargetLevel("no-such-level-" + c.between(0, 9)),
            RuleCode.PROGRESSION_TARGET_UNKNOWN_LEVEL);
      }
    },
    EXPERTISE_OUT_OF_RANGE {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        double value =
            c.oneIn(2)
                ? -Gens.doubles(0.001, 10).generate(c)
                : 1 + Gens.doubles(0.001, 10).generate(c);
        return Broken.of(pc.withExpertise(value), RuleCode.MATRIX_VALUE_OUT_OF_RANGE);
      }
    },
    FRAMEWORK_BROKEN {
      @Override
      Broken<ProgressionCase> apply(ProgressionCase pc, Choices c) {
        Broken<Framework> framework = brokenFrameworks().generate(c);
        ProgressionCase broken =
            pc.withFramework(framework.document())
                .withTargetLevel(framework.document().levels().get(0).id());
        return Broken.of(broken, framework.rule());
      }
    };

    abstract Broken<ProgressionCase> apply(ProgressionCase progressionCase, Choices choices);
  }
}
