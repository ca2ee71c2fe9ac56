package dev.kaizen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.matrix.AssessmentScorer;
import dev.kaizen.matrix.AssessmentValidator;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.portfolio.PortfolioValidator;
import dev.kaizen.progression.FrameworkScorer;
import dev.kaizen.progression.FrameworkValidator;
import dev.kaizen.progression.ProgressionCaseScorer;
import dev.kaizen.progression.ProgressionCaseValidator;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.sixstep.KaizenRecordValidator;
import dev.kaizen.testing.Property;
import dev.kaizen.testing.generators.A3Generators;
import dev.kaizen.testing.generators.AssessmentGenerators;
import dev.kaizen.testing.generators.KaizenRecordGenerators;
import dev.kaizen.testing.generators.PortfolioGenerators;
import dev.kaizen.testing.generators.ProgressionGenerators;
import org.junit.jupiter.api.Test;

/** Kaizen.validate and Kaizen.score give each kind its own model's default rules. */
class KaizenFacadeTest {
  @Test
  void kaizenRecords() {
    Property.forAll(KaizenRecordGenerators.records())
        .tries(50)
        .check(
            d -> {
              assertEquals(KaizenRecordValidator.validate(d), Kaizen.validate(d));
              assertEquals(KaizenRecordScorer.defaults().score(d), Kaizen.score(d));
            });
  }

  @Test
  void a3s() {
    Property.forAll(A3Generators.a3s())
        .tries(50)
        .check(
            d -> {
              assertEquals(A3Validator.validate(d), Kaizen.validate(d));
              assertEquals(A3Scorer.defaults().score(d), Kaizen.score(d));
            });
  }

  @Test
  void assessments() {
    Property.forAll(AssessmentGenerators.assessments())
        .tries(50)
        .check(
            d -> {
              assertEquals(AssessmentValidator.validate(d), Kaizen.validate(d));
              assertEquals(AssessmentScorer.defaults().score(d), Kaizen.score(d));
            });
  }

  @Test
  void frameworksAndProgressionCases() {
    Property.forAll(ProgressionGenerators.frameworks())
        .tries(50)
        .check(
            d -> {
              assertEquals(FrameworkValidator.validate(d), Kaizen.validate(d));
              assertEquals(FrameworkScorer.defaults().score(d), Kaizen.score(d));
            });
    Property.forAll(ProgressionGenerators.cases())
        .tries(50)
        .check(
            d -> {
              assertEquals(ProgressionCaseValidator.validate(d), Kaizen.validate(d));
              assertEquals(ProgressionCaseScorer.defaults().score(d), Kaizen.score(d));
            });
  }

  @Test
  void portfolios() {
    Property.forAll(PortfolioGenerators.any())
        .tries(50)
        .check(
            d -> {
              assertEquals(PortfolioValidator.validate(d), Kaizen.validate(d));
              assertEquals(PortfolioScorer.defaults().score(d), Kaizen.score(d));
            });
  }
}
