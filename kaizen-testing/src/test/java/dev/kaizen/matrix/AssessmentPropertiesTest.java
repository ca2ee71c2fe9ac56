package dev.kaizen.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Scope;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.AssessmentGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The properties of the matrix figures and the matrix-default/1 score (DOMAIN.md §5, §8). */
class AssessmentPropertiesTest {
  @Test
  void figuresStayInRangeEvenForOutOfRangeValues() {
    Gen<Position> anyValues =
        choices ->
            Position.builder()
                .date(LocalDate.of(2024, 1, 1))
                .expertise(Gens.doubles(-5, 5).generate(choices))
                .changeSkill(Gens.doubles(-5, 5).generate(choices))
                .scope(Gens.enums(Scope.class).generate(choices))
                .build();
    Property.forAll(anyValues)
        .check(
            p -> {
              assertTrue(p.competence() >= 0 && p.competence() <= 1, p::toString);
              assertTrue(p.influence() >= 0 && p.influence() <= 1, p::toString);
              assertTrue(p.leadership() >= 0 && p.leadership() <= 100, p::toString);
            });
  }

  @Test
  void theScoreIsTheLeadershipFigure() {
    Property.forAll(AssessmentGenerators.assessments())
        .check(
            a -> {
              double total = Kaizen.score(a).total();
              assertEquals(a.leadership(), total, 1e-9);
              assertTrue(total >= 0 && total <= 100);
              assertEquals(Quadrant.of(a.competence(), a.influence(), 0.5), a.quadrant());
            });
  }

  @Test
  void moreExpertiseOrChangeSkillNeverLowersCompetence() {
    Gen<double[]> values =
        choices ->
            new double[] {
              Gens.doubles(0, 1).generate(choices), Gens.doubles(0, 1).generate(choices),
              Gens.doubles(0, 1).generate(choices), Gens.doubles(0, 1).generate(choices)
            };
    Property.forAll(values)
        .check(
            v -> {
              double low = Matrix.competence(Math.min(v[0], v[1]), Math.min(v[2], v[3]));
              double high = Matrix.competence(Math.max(v[0], v[1]), Math.max(v[2], v[3]));
              assertTrue(high >= low, low + " then " + high);
            });
  }
}
