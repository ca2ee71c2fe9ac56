package dev.kaizen;

import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.core.Document;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.matrix.AssessmentScorer;
import dev.kaizen.matrix.AssessmentValidator;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.portfolio.PortfolioValidator;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkScorer;
import dev.kaizen.progression.FrameworkValidator;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseValidator;
import dev.kaizen.progression.ProgressionScorer;
import dev.kaizen.scoring.Score;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenScorer;
import dev.kaizen.sixstep.KaizenValidator;
import dev.kaizen.validation.ValidationResult;

/**
 * The entry point for any document: validates and scores it with its model's default rules,
 * whatever its {@linkplain Document#kind() kind}.
 *
 * <table>
 *   <caption>The validator and scorer of each kind</caption>
 *   <tr><th>kind</th><th>validator</th><th>default scorer (policy)</th></tr>
 *   <tr><td>kaizen</td><td>{@link KaizenValidator}</td><td>{@link KaizenScorer} ({@code kaizen-default/1})</td></tr>
 *   <tr><td>a3</td><td>{@link A3Validator}</td><td>{@link A3Scorer} ({@code a3-default/1})</td></tr>
 *   <tr><td>assessment</td><td>{@link AssessmentValidator}</td><td>{@link AssessmentScorer} ({@code matrix-default/1})</td></tr>
 *   <tr><td>framework</td><td>{@link FrameworkValidator}</td><td>{@link FrameworkScorer} ({@code framework-default/1})</td></tr>
 *   <tr><td>progression-case</td><td>{@link ProgressionCaseValidator}</td><td>{@link ProgressionScorer} ({@code progression-default/1})</td></tr>
 *   <tr><td>portfolio</td><td>{@link PortfolioValidator}</td><td>{@link PortfolioScorer} ({@code portfolio-default/1})</td></tr>
 * </table>
 *
 * <p>Use a model's own scorer for a custom policy, and the document type for its derived values.
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
      case A3:
        return A3Validator.validate((A3) document);
      case ASSESSMENT:
        return AssessmentValidator.validate((Assessment) document);
      case FRAMEWORK:
        return FrameworkValidator.validate((Framework) document);
      case PROGRESSION_CASE:
        return ProgressionCaseValidator.validate((ProgressionCase) document);
      case PORTFOLIO:
        return PortfolioValidator.validate((Portfolio) document);
      default:
        throw new AssertionError("unknown kind " + document.kind());
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
      case A3:
        return A3Scorer.defaults().score((A3) document);
      case ASSESSMENT:
        return AssessmentScorer.defaults().score((Assessment) document);
      case FRAMEWORK:
        return FrameworkScorer.defaults().score((Framework) document);
      case PROGRESSION_CASE:
        return ProgressionScorer.defaults().score((ProgressionCase) document);
      case PORTFOLIO:
        return PortfolioScorer.defaults().score((Portfolio) document);
      default:
        throw new AssertionError("unknown kind " + document.kind());
    }
  }
}
