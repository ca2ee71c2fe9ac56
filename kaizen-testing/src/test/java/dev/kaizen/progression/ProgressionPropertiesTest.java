package dev.kaizen.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Document;
import dev.kaizen.core.Scope;
import dev.kaizen.scoring.Score;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.ProgressionGenerators;
import dev.kaizen.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The properties of DOMAIN.md §6 that every progression case must have. */
class ProgressionPropertiesTest {
  @Test
  void resultsDoNotDependOnTheOrderOfTheEvidence() {
    Gen<ProgressionCase[]> pairs =
        ProgressionGenerators.progressionCases()
            .flatMap(
                c ->
                    choices ->
                        new ProgressionCase[] {
                          c, c.withEvidence(Gens.shuffled(c.evidence()).generate(choices))
                        });
    Property.forAll(pairs)
        .check(
            pair -> {
              ProgressionEvaluation a = pair[0].evaluation();
              ProgressionEvaluation b = pair[1].evaluation();
              assertEquals(a.changeSkill(), b.changeSkill()); // exactly, not within a tolerance
              assertEquals(a.competence(), b.competence());
              assertEquals(a.scope(), b.scope());
              assertEquals(a.influence(), b.influence());
              assertEquals(a.evidenceCount(), b.evidenceCount());
              assertEquals(a.levels(), b.levels());
              assertEquals(a.highestLevel(), b.highestLevel());
              assertEquals(a.targetMet(), b.targetMet());
              assertEquals(a.nextFocus(), b.nextFocus());
              assertEquals(Kaizen.score(pair[0]), Kaizen.score(pair[1]));
              assertEquals(codes(pair[0]), codes(pair[1]));
            });
  }

  private static List<String> codes(ProgressionCase c) {
    return Kaizen.validate(c).violations().stream()
        .map(Violation::code)
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void aCountedRecordWithAWiderScopeNeverLowersTheInfluence() {
    Gen<ProgressionCase[]> pairs =
        ProgressionGenerators.progressionCases()
            .flatMap(
                c ->
                    choices -> {
                      int from = Math.min(c.scope().ordinal() + 1, Scope.values().length - 1);
                      Scope wider =
                          Scope.values()[choices.between(from, Scope.values().length - 1)];
                      Document added =
                          ProgressionGenerators.countedEvidence(wider).generate(choices);
                      List<Document> more = new ArrayList<>(c.evidence());
                      more.add(choices.between(0, more.size()), added);
                      return new ProgressionCase[] {c, c.withEvidence(more)};
                    });
    Property.forAll(pairs)
        .check(
            pair -> {
              assertTrue(
                  pair[1].influence() >= pair[0].influence(),
                  pair[0].influence() + " then " + pair[1].influence());
              assertEquals(pair[0].evidenceCount() + 1, pair[1].evidenceCount());
              if (pair[0].scope() != Scope.INDUSTRY) {
                assertTrue(pair[1].influence() > pair[0].influence());
              }
            });
  }

  @Test
  void aHigherExpertiseNeverLowersTheHighestLevelMet() {
    Gen<Object[]> cases =
        ProgressionGenerators.progressionCases()
            .flatMap(
                c ->
                    choices -> {
                      double a = Gens.doubles(-0.5, 1.5).generate(choices);
                      double b = Gens.doubles(-0.5, 1.5).generate(choices);
                      return new Object[] {c, Math.min(a, b), Math.max(a, b)};
                    });
    Property.forAll(cases)
        .check(
            x -> {
              ProgressionCase c = (ProgressionCase) x[0];
              ProgressionCase lower = c.withExpertise((double) x[1]);
              ProgressionCase higher = c.withExpertise((double) x[2]);
              assertTrue(rank(higher) >= rank(lower), rank(lower) + " then " + rank(higher));
              assertTrue(higher.competence() >= lower.competence());
            });
  }

  private static int rank(ProgressionCase c) {
    return c.evaluation().highestLevelResult().map(l -> c.levels().indexOf(l)).orElse(-1);
  }

  @Test
  void allFiguresStayInRange() {
    Property.forAll(ProgressionGenerators.progressionCases())
        .check(
            c -> {
              ProgressionEvaluation e = c.evaluation();
              assertTrue(e.changeSkill() >= 0 && e.changeSkill() <= 1);
              assertTrue(e.competence() >= 0 && e.competence() <= 1);
              assertTrue(e.influence() >= 0 && e.influence() <= 1);
              assertTrue(e.leadership() >= 0 && e.leadership() <= 100);
              assertTrue(e.evidenceCount() >= 0 && e.evidenceCount() <= c.evidence().size());
              for (EvidenceRecord r : e.records()) {
                assertTrue(r.rigour() >= 0 && r.rigour() <= 100, r::toString);
              }
              Score score = Kaizen.score(c);
              assertTrue(score.total() >= 0 && score.total() <= 100);
              assertEquals(e.leadership(), score.total(), 1e-9);
              assertEquals(c.framework().levels().size(), e.levels().size());
              assertTrue(!ProgressionExplanation.explain(e).isEmpty());
            });
  }

  @Test
  void levelsAreMetInOrder() {
    Property.forAll(ProgressionGenerators.progressionCases())
        .check(
            c -> {
              boolean lowerMet = true;
              for (LevelResult level : c.levels()) {
                assertEquals(lowerMet && level.criteriaMet(), level.met(), level::toString);
                lowerMet = level.met();
              }
              assertEquals(
                  c.nextFocus() == ProgressionFocus.NONE,
                  c.levels().stream().allMatch(LevelResult::met));
            });
  }
}
