package dev.kaizen;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.core.Document;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.portfolio.PortfolioValidator;
import dev.kaizen.scoring.Score;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenScorer;
import dev.kaizen.sixstep.KaizenValidator;
import dev.kaizen.validation.ValidationResult;

/**
 * The entry point for any document: validates and scores it with its model's default rules,
 * whatever its {@linkplain Document#kind() kind}. Use the model's own validator and scorer (for
 * example {@link KaizenValidator}, {@link KaizenScorer}) for a custom policy or the model's
 * derived values.
 */
public final class Kaizen {
  private Kaizen() {}

  /**
   * Validates {@code document} against every rule of its model.
   *
   * @param document any document
   * @return every violation found
   */
  public static ValidationResult validate(Document document) {
    switch (document.kind()) {
      case KAIZEN:
        return KaizenValidator.validate((KaizenRecord) document);
      case PORTFOLIO:
        return PortfolioValidator.validate((Portfolio) document);
      case A3:
        return A3Validator.validate((A3) document);
      case ASSESSMENT:
        return dev.kaizen.matrix.AssessmentValidator.validate((dev.kaizen.matrix.Assessment) document);
      case FRAMEWORK:
        return dev.kaizen.progression.FrameworkValidator.validate((dev.kaizen.progression.Framework) document);
      case PROGRESSION_CASE:
        return dev.kaizen.progression.ProgressionCaseValidator.validate((dev.kaizen.progression.ProgressionCase) document);
      default:
        throw new IllegalArgumentException("no validator for " + document.kind().token() + " documents yet");
    }
  }

  /**
   * Scores {@code document} with its model's default policy.
   *
   * @param document any document
   * @return its score
   */
  public static Score score(Document document) {
    switch (document.kind()) {
      case KAIZEN:
        return KaizenScorer.defaults().score((KaizenRecord) document);
      case PORTFOLIO:
        return PortfolioScorer.defaults().score((Portfolio) document);
      case A3:
        return A3Scorer.defaults().score((A3) document);
      case ASSESSMENT:
        return dev.kaizen.matrix.AssessmentScorer.defaults().score((dev.kaizen.matrix.Assessment) document);
      case FRAMEWORK: // no score of its own: framework-default/1 reports the share of sound levels
        return dev.kaizen.progression.FrameworkScorer.defaults().score((dev.kaizen.progression.Framework) document);
      case PROGRESSION_CASE:
        return dev.kaizen.progression.ProgressionScorer.defaults().score((dev.kaizen.progression.ProgressionCase) document);
      default:
        throw new IllegalArgumentException("no scorer for " + document.kind().token() + " documents yet");
    }
  }
}
