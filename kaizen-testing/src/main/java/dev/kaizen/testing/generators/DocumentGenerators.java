package dev.kaizen.testing.generators;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.testing.Gen;
import dev.kaizen.testing.Gens;

/**
 * The generators of every {@linkplain DocumentKind kind} of document, found by kind, built from
 * each model's own generators (such as {@link KaizenRecordGenerators}). For properties that must
 * hold for every kind, such as "every document reads back equal from its JSON".
 *
 * <p>To add a kind: return its generators from both {@code switch}es. They have no {@code default},
 * so a kind without generators does not compile.
 */
public final class DocumentGenerators {
  private DocumentGenerators() {}

  /**
   * Valid documents of {@code kind}: no errors, warnings allowed.
   *
   * @param kind a kind
   * @return the generator
   */
  public static Gen<? extends Document> valid(DocumentKind kind) {
    return switch (kind) {
      case KAIZEN -> KaizenRecordGenerators.validRecords();
      case A3 -> A3Generators.validA3s();
      case ASSESSMENT -> AssessmentGenerators.validAssessments();
      case FRAMEWORK -> ProgressionGenerators.frameworks();
      case PROGRESSION_CASE -> ProgressionGenerators.cases();
      case PORTFOLIO -> PortfolioGenerators.portfolios();
    };
  }

  /**
   * Any document of {@code kind}: valid, in progress, or broken on purpose.
   *
   * @param kind a kind
   * @return the generator
   */
  public static Gen<? extends Document> any(DocumentKind kind) {
    return switch (kind) {
      case KAIZEN -> KaizenRecordGenerators.records();
      case A3 -> A3Generators.a3s();
      case ASSESSMENT -> AssessmentGenerators.assessments();
      case FRAMEWORK ->
          Gens.either(
              ProgressionGenerators.frameworks(),
              ProgressionGenerators.brokenFrameworks().map(Broken::document));
      case PROGRESSION_CASE -> ProgressionGenerators.progressionCases();
      case PORTFOLIO -> PortfolioGenerators.any();
    };
  }

  /**
   * Valid documents of every kind: a kind (the first, {@code kaizen}, is simplest), then a document
   * of it.
   *
   * @return the generator
   */
  public static Gen<Document> valid() {
    return choices -> valid(Gens.enums(DocumentKind.class).generate(choices)).generate(choices);
  }

  /**
   * Any document of every kind: a kind (the first, {@code kaizen}, is simplest), then a document of
   * it.
   *
   * @return the generator
   */
  public static Gen<Document> any() {
    return choices -> any(Gens.enums(DocumentKind.class).generate(choices)).generate(choices);
  }
}
