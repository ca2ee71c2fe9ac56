package dev.kaizen;

import dev.kaizen.a3.A3Derived;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.matrix.AssessmentDerived;
import dev.kaizen.matrix.AssessmentScorer;
import dev.kaizen.matrix.AssessmentValidator;
import dev.kaizen.portfolio.PortfolioDerived;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.portfolio.PortfolioValidator;
import dev.kaizen.progression.FrameworkDerived;
import dev.kaizen.progression.FrameworkScorer;
import dev.kaizen.progression.FrameworkValidator;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.progression.ProgressionCaseScorer;
import dev.kaizen.progression.ProgressionCaseValidator;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.KaizenRecordDerived;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.sixstep.KaizenRecordValidator;
import dev.kaizen.validation.ValidationResult;

/**
 * The entry point for any document: validates it, scores it with its model's default rules and
 * derives its values, whatever its {@linkplain Document#kind() kind}. Each kind's parts come from
 * its {@link Model} in {@link Models}:
 *
 * <table>
 *   <caption>The validator, scorer and derived values of each kind</caption>
 *   <tr><th>kind</th><th>validator</th><th>default scorer (policy)</th><th>derived values</th></tr>
 *   <tr><td>kaizen</td><td>{@link KaizenRecordValidator}</td><td>{@link KaizenRecordScorer} ({@code kaizen-default/1})</td><td>{@link KaizenRecordDerived}</td></tr>
 *   <tr><td>a3</td><td>{@link A3Validator}</td><td>{@link A3Scorer} ({@code a3-default/1})</td><td>{@link A3Derived}</td></tr>
 *   <tr><td>assessment</td><td>{@link AssessmentValidator}</td><td>{@link AssessmentScorer} ({@code matrix-default/1})</td><td>{@link AssessmentDerived}</td></tr>
 *   <tr><td>framework</td><td>{@link FrameworkValidator}</td><td>{@link FrameworkScorer} ({@code framework-default/1})</td><td>{@link FrameworkDerived}</td></tr>
 *   <tr><td>progression-case</td><td>{@link ProgressionCaseValidator}</td><td>{@link ProgressionCaseScorer} ({@code progression-default/1})</td><td>{@link ProgressionCaseDerived}</td></tr>
 *   <tr><td>portfolio</td><td>{@link PortfolioValidator}</td><td>{@link PortfolioScorer} ({@code portfolio-default/1})</td><td>{@link PortfolioDerived}</td></tr>
 * </table>
 *
 * <p>Use a model's own scorer for a custom policy, and {@link Models} (such as {@code
 * Models.KAIZEN.derive(record)}) for the typed derived values of a known kind.
 */
public final class Kaizen {
  private Kaizen() {}

  /**
   * Validates {@code document} against every rule of its model.
   *
   * @param document any document
   * @return every violation found
   * @throws IllegalArgumentException when the document is not of its kind's type
   */
  public static ValidationResult validate(Document document) {
    return validate(Models.of(document.kind()), document);
  }

  /**
   * Scores {@code document} with its model's default policy.
   *
   * @param document any document
   * @return its score
   * @throws IllegalArgumentException when the document is not of its kind's type
   */
  public static Score score(Document document) {
    return score(Models.of(document.kind()), document);
  }

  /**
   * Derives the values of {@code document} (DOMAIN.md §9): an instance of its model's derived type,
   * such as {@link KaizenRecordDerived} for a Kaizen record.
   *
   * @param document any document
   * @return its derived values, of the document's kind
   * @throws IllegalArgumentException when the document is not of its kind's type
   */
  public static DerivedValues derive(Document document) {
    return derive(Models.of(document.kind()), document);
  }

  /**
   * Validates and scores {@code document} with its model's default rules: its {@link Report}, with
   * the violations, the score and the derived values ({@code kaizen score --json}).
   *
   * @param document any document
   * @return its full report
   * @throws IllegalArgumentException when the document is not of its kind's type
   */
  public static Report report(Document document) {
    return report(Models.of(document.kind()), document);
  }

  private static <T extends Document> Report report(Model<T, ?> model, Document document) {
    return model.report(model.cast(document));
  }

  /**
   * Validates, scores and derives {@code document} under {@code policy} (a custom policy of the
   * document's kind): its weights make the score, its thresholds are the ones the validator and the
   * derived values use; see {@link Model#report(Document, ScoringPolicy)}.
   *
   * @param document any document
   * @param policy a policy for the document's kind
   * @return its full report, whose score names the policy
   * @throws IllegalArgumentException when the policy does not fit the document's model
   */
  public static Report report(Document document, ScoringPolicy policy) {
    return report(Models.of(document.kind()), document, policy);
  }

  private static <T extends Document> Report report(
      Model<T, ?> model, Document document, ScoringPolicy policy) {
    return model.report(model.cast(document), policy);
  }

  /**
   * Validates {@code document}: its {@link Report} with the violations only, no score and no
   * derived values ({@code kaizen validate --json}).
   *
   * @param document any document
   * @return its validation report
   * @throws IllegalArgumentException when the document is not of its kind's type
   */
  public static Report validationReport(Document document) {
    return Report.builder()
        .kind(document.kind())
        .violations(validate(document).violations())
        .build();
  }

  private static <T extends Document> ValidationResult validate(
      Model<T, ?> model, Document document) {
    return model.validate(model.cast(document));
  }

  private static <T extends Document> Score score(Model<T, ?> model, Document document) {
    return model.score(model.cast(document));
  }

  private static <T extends Document> DerivedValues derive(Model<T, ?> model, Document document) {
    return model.derive(model.cast(document));
  }
}
