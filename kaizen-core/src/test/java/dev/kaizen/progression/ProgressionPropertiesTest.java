package dev.kaizen.progression;

import static dev.kaizen.progression.Fixtures.a37;
import static dev.kaizen.progression.Fixtures.kz1;
import static dev.kaizen.progression.Fixtures.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.a3.A3;
import dev.kaizen.a3.RootCause;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Document;
import dev.kaizen.core.Metric;
import dev.kaizen.core.Scope;
import dev.kaizen.sixstep.Evaluation;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The properties of DOMAIN.md §6, checked on seeded random cases (a plain {@link Random} loop
 * until the project's property runner takes over).
 */
class ProgressionPropertiesTest {
  private static final int RUNS = 300;

  static Scope scope(Random random) {
    return Scope.values()[random.nextInt(Scope.values().length)];
  }

  /** A Kaizen record that is complete or not, positive or not, valid or not, of any scope and rigour. */
  static KaizenRecord kaizen(Random random, String id) {
    KaizenRecord record = kz1().withId(id).withScope(scope(random));
    if (random.nextBoolean()) {
      record = record.withPotential(record.potential().withFrequency(Optional.empty()));
    }
    if (random.nextBoolean()) {
      record = record.withPlan(record.plan().orElseThrow().withStakeholders(List.of()));
    }
    Evaluation evaluation = record.evaluation().orElseThrow();
    double value = Math.round((1 + random.nextDouble() * 5.5) * 10) / 10.0; // 1.0 .. 6.5 around the baseline 5
    evaluation = evaluation.withValue(value);
    int shape = random.nextInt(10);
    if (shape == 0) {
      return record.withEvaluation(Optional.empty()); // incomplete
    }
    if (shape == 1) {
      return record.withEvaluation(Optional.empty()).withChanges(List.of()).withPlan(Optional.empty()); // step 3 of 6
    }
    if (shape == 2) { // invalid: step 6 on another metric
      evaluation = evaluation.withMetric(Metric.of("script run time", "seconds", Direction.LOWER));
    }
    return record.withEvaluation(evaluation);
  }

  /** An A3 that is complete or not, positive or not, valid or not, of any scope and rigour. */
  static A3 a3(Random random, String id) {
    A3 a3 = a37().withId(id).withScope(scope(random));
    if (random.nextBoolean()) {
      a3 = a3.withGoal(a3.goal().withDeadline(Optional.empty())); // SMART: not time-bound
    }
    if (random.nextBoolean()) { // an unaddressed hypothesis: traceability 2 / 3 (a warning only)
      List<RootCause> causes = new ArrayList<>(a3.rootCauses());
      causes.add(RootCause.builder().id("H3").hypothesis("Test data is stale").build());
      a3 = a3.withRootCauses(causes);
    }
    a3 = a3.withCheck(a3.check().orElseThrow().withResult(10 + random.nextInt(20))); // 10 .. 29 around the baseline 22
    switch (random.nextInt(10)) {
      case 0:
        return a3.withCheck(a3.check().orElseThrow().withResult(java.util.OptionalDouble.empty())); // incomplete
      case 1:
        return a3.withFollowUp(Optional.empty()); // incomplete
      case 2: // invalid: the check on another metric
        return a3.withCheck(a3.check().orElseThrow().withMetric(Metric.of("issues", "issues", Direction.LOWER)));
      default:
        return a3;
    }
  }

  static Framework framework(Random random) {
    int n = 1 + random.nextInt(5);
    double[] competence = new double[n];
    int[] scope = new int[n];
    int[] evidence = new int[n];
    for (int i = 0; i < n; i++) {
      competence[i] = Math.round(random.nextDouble() * 100) / 100.0;
      scope[i] = random.nextInt(Scope.values().length);
      evidence[i] = random.nextInt(5);
    }
    Arrays.sort(competence);
    Arrays.sort(scope);
    Arrays.sort(evidence);
    Framework.Builder builder = Framework.builder().name("random");
    for (int i = 0; i < n; i++) {
      builder.addLevels(level("L" + (i + 1), "Level " + (i + 1), competence[i], Scope.values()[scope[i]], evidence[i]));
    }
    return builder.build();
  }

  static ProgressionCase progressionCase(Random random) {
    Framework framework = framework(random);
    List<Document> evidence = new ArrayList<>();
    int n = random.nextInt(7);
    for (int i = 0; i < n; i++) {
      evidence.add(random.nextBoolean() ? kaizen(random, "KZ-" + i) : a3(random, "A3-" + i));
    }
    int target = random.nextInt(framework.levels().size() + 1);
    return ProgressionCase.builder()
        .candidate("someone")
        .targetLevel(target == framework.levels().size() ? "unknown" : framework.levels().get(target).id())
        .expertise(random.nextInt(8) == 0 ? random.nextDouble() * 2 - 0.5 : random.nextDouble())
        .framework(framework)
        .evidence(evidence)
        .build();
  }

  static int highestIndex(ProgressionCase c) {
    return c.highestLevel().map(l -> c.framework().levels().indexOf(l)).orElse(-1);
  }

  @Test
  void resultsDoNotDependOnTheOrderOfTheEvidence() {
    Random random = new Random(6001L);
    for (int run = 0; run < RUNS; run++) {
      ProgressionCase c = progressionCase(random);
      List<Document> shuffled = new ArrayList<>(c.evidence());
      Collections.shuffle(shuffled, random);
      ProgressionCase d = ProgressionCase.copyOf(c).withEvidence(shuffled);
      String where = "run " + run;
      assertEquals(c.changeSkill(), d.changeSkill(), where); // exactly equal, not just close
      assertEquals(c.competence(), d.competence(), where);
      assertEquals(c.scope(), d.scope(), where);
      assertEquals(c.influence(), d.influence(), where);
      assertEquals(c.evidenceCount(), d.evidenceCount(), where);
      assertEquals(c.levels(), d.levels(), where);
      assertEquals(c.highestLevel(), d.highestLevel(), where);
      assertEquals(c.targetMet(), d.targetMet(), where);
      assertEquals(c.nextFocus(), d.nextFocus(), where);
      assertEquals(Kaizen.score(c), Kaizen.score(d), where);
      assertEquals(codes(c), codes(d), where);
    }
  }

  private static List<String> codes(ProgressionCase c) {
    List<String> codes = new ArrayList<>();
    Kaizen.validate(c).violations().forEach(v -> codes.add(v.code()));
    Collections.sort(codes);
    return codes;
  }

  @Test
  void aCountedRecordWithAWiderScopeNeverLowersTheInfluence() {
    Random random = new Random(6002L);
    for (int run = 0; run < RUNS; run++) {
      ProgressionCase c = progressionCase(random);
      Scope wider = Scope.values()[Math.min(Scope.INDUSTRY.ordinal(), c.scope().ordinal() + 1 + random.nextInt(2))];
      Document added = random.nextBoolean() ? kz1().withId("NEW").withScope(wider) : a37().withId("NEW").withScope(wider);
      ProgressionCase d = ProgressionCase.copyOf(c).withEvidence(append(c.evidence(), added));
      assertEquals(EvidenceStatus.COUNTED, d.evaluation().records().get(c.evidence().size()).status());
      assertTrue(d.influence() >= c.influence(), "run " + run);
      assertTrue(d.evidenceCount() == c.evidenceCount() + 1, "run " + run);
      // and a counted record of any scope never lowers it either
      ProgressionCase e = ProgressionCase.copyOf(c).withEvidence(append(c.evidence(), kz1().withScope(scope(random))));
      assertTrue(e.influence() >= c.influence(), "run " + run);
    }
  }

  private static List<Document> append(List<Document> evidence, Document added) {
    List<Document> more = new ArrayList<>(evidence);
    more.add(added);
    return more;
  }

  @Test
  void aHigherExpertiseNeverLowersTheHighestLevelMet() {
    Random random = new Random(6003L);
    for (int run = 0; run < RUNS; run++) {
      ProgressionCase c = progressionCase(random);
      double lower = random.nextDouble() * 1.4 - 0.2;
      double higher = lower + random.nextDouble() * (1.2 - lower);
      ProgressionCase low = ProgressionCase.copyOf(c).withExpertise(lower);
      ProgressionCase high = ProgressionCase.copyOf(c).withExpertise(higher);
      assertTrue(highestIndex(high) >= highestIndex(low), "run " + run + ": " + lower + " vs " + higher);
      assertTrue(high.competence() >= low.competence(), "run " + run);
    }
  }

  @Test
  void allFiguresStayInRange() {
    Random random = new Random(6004L);
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (int run = 0; run < RUNS; run++) {
      ProgressionCase c = progressionCase(random);
      String where = "run " + run;
      assertTrue(c.changeSkill() >= 0 && c.changeSkill() <= 1, where);
      assertTrue(c.competence() >= 0 && c.competence() <= 1, where);
      assertTrue(c.influence() >= 0 && c.influence() <= 1, where);
      assertTrue(c.leadership() >= 0 && c.leadership() <= 100, where);
      assertTrue(c.evidenceCount() >= 0 && c.evidenceCount() <= c.evidence().size(), where);
      double total = Kaizen.score(c).total();
      assertTrue(total >= 0 && total <= 100, where);
      assertEquals(c.leadership(), total, 1e-9, where);
      for (EvidenceRecord r : c.evaluation().records()) {
        assertTrue(r.rigour() >= 0 && r.rigour() <= 100, where);
        seen.add(r.kind().token() + " " + r.status().token());
      }
      assertEquals(c.framework().levels().size(), c.levels().size(), where);
      assertTrue(!c.explain().isEmpty(), where);
    }
    // the generator reaches every kind of evidence in every status
    assertEquals(8, seen.size(), seen::toString);
  }
}
