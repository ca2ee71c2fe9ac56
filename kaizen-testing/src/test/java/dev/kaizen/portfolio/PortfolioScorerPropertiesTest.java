package dev.kaizen.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.PortfolioGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The properties of the portfolio-default/1 score and the quarter figures (DOMAIN.md §7, §8). */
class PortfolioScorerPropertiesTest {
  private static final PortfolioScorer SCORER = PortfolioScorer.defaults();

  @Test
  void totalAndPartsStayWithin0And100() {
    Property.forAll(PortfolioGenerators.any())
        .check(
            portfolio -> {
              Score score = SCORER.score(portfolio);
              assertTrue(score.total() >= 0 && score.total() <= 100, score.toString());
              for (ScorePart part : score.parts()) {
                assertTrue(part.value() >= 0 && part.value() <= 100, part.toString());
              }
              for (QuarterScore quarter : SCORER.quarterScores(portfolio)) {
                assertTrue(
                    quarter.adherence() >= 0 && quarter.adherence() <= 100, quarter.toString());
                assertTrue(quarter.score() >= 0 && quarter.score() <= 100, quarter.toString());
              }
            });
  }

  @Test
  void partsAddUpToTheTotalWhichIsTheMeanOfTheQuarterScores() {
    Property.forAll(PortfolioGenerators.any())
        .check(
            portfolio -> {
              Score score = SCORER.score(portfolio);
              double sum = score.parts().stream().mapToDouble(p -> p.weight() * p.value()).sum();
              assertEquals(sum, score.total(), 1e-9);
              assertEquals("portfolio-default/1", score.policy());
              double mean =
                  SCORER.quarterScores(portfolio).stream()
                      .mapToDouble(QuarterScore::score)
                      .average()
                      .orElse(0);
              assertEquals(mean, score.total(), 1e-9);
            });
  }

  @Test
  void figuresStayInRange() {
    Property.forAll(PortfolioGenerators.any())
        .check(
            portfolio -> {
              for (QuarterFigures f : portfolio.figures()) {
                f.balance().ifPresent(b -> assertTrue(b >= 0 && b <= 1, f.toString()));
                f.actual().ifPresent(a -> assertEquals(1, a.sum(), 1e-9));
                assertEquals(f.totalCost() > 0, f.hasActual());
              }
            });
  }

  @Test
  void theOrderOfItemsAndQuartersDoesNotMatter() {
    Gen<Portfolio[]> pairs =
        PortfolioGenerators.any()
            .flatMap(
                portfolio ->
                    choices -> {
                      List<PortfolioQuarter> quarters = new ArrayList<>();
                      for (PortfolioQuarter q : portfolio.quarters()) {
                        quarters.add(q.withItems(Gens.shuffled(q.items()).generate(choices)));
                      }
                      return new Portfolio[] {
                        portfolio, portfolio.withQuarters(Gens.shuffled(quarters).generate(choices))
                      };
                    });
    Property.forAll(pairs)
        .check(
            pair -> {
              assertEquals(SCORER.score(pair[0]), SCORER.score(pair[1]));
              assertEquals(
                  PortfolioValidator.validate(pair[0]).isValid(),
                  PortfolioValidator.validate(pair[1]).isValid());
            });
  }

  @Test
  void adherenceIsOneHundredExactlyWhenActualEqualsPlan() {
    Gen<Object[]> cases =
        PortfolioGenerators.portfolios()
            .flatMap(
                portfolio ->
                    choices ->
                        new Object[] {
                          portfolio,
                          Gens.doubles(0.01, 0.2).generate(choices),
                          Gens.enums(QuadrantPosition.class).generate(choices)
                        });
    Property.forAll(cases)
        .check(
            c -> {
              Portfolio portfolio = (Portfolio) c[0];
              double shift = (double) c[1];
              QuadrantPosition from = (QuadrantPosition) c[2];
              QuadrantPosition to = QuadrantPosition.values()[(from.ordinal() + 1) % 4];
              for (PortfolioQuarter quarter : portfolio.quarters()) {
                if (quarter.figures().actual().isEmpty()) {
                  assertTrue(PortfolioScorer.adherence(quarter).isEmpty());
                  continue;
                }
                PerQuadrant actual = quarter.figures().actual().get();
                assertEquals(
                    100.0, PortfolioScorer.adherence(quarter.withPlan(actual)).getAsDouble(), 0.0);
                // Moving a share of the plan from one quadrant to another lowers adherence by 100 ×
                // shift.
                PerQuadrant off =
                    PerQuadrant.compute(
                        p -> actual.get(p) + (p == from ? -shift : p == to ? shift : 0));
                double adherence = PortfolioScorer.adherence(quarter.withPlan(off)).getAsDouble();
                assertTrue(adherence < 100, "adherence " + adherence);
                assertEquals(100 * (1 - shift), adherence, 1e-9);
              }
            });
  }
}
