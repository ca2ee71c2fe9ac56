package dev.kaizen;

import com.google.common.collect.ImmutableList;
import dev.kaizen.a3.A3;
import dev.kaizen.a3.A3Derived;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.a3.A3Validator;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.matrix.AssessmentDerived;
import dev.kaizen.matrix.AssessmentScorer;
import dev.kaizen.matrix.AssessmentValidator;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioDerived;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.portfolio.PortfolioValidator;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkDerived;
import dev.kaizen.progression.FrameworkScorer;
import dev.kaizen.progression.FrameworkValidator;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.progression.ProgressionCaseScorer;
import dev.kaizen.progression.ProgressionCaseValidator;
import dev.kaizen.sixstep.KaizenRecord;
import dev.kaizen.sixstep.KaizenRecordDerived;
import dev.kaizen.sixstep.KaizenRecordScorer;
import dev.kaizen.sixstep.KaizenRecordValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one registry of {@link Model}s: one per {@link DocumentKind}, in the enum's order.
 *
 * <p>To add a kind: add its constant to {@link DocumentKind}, declare its model here and return it
 * from the {@code switch} of {@link #of(DocumentKind)}. That switch has no {@code default}, so a
 * kind without a model does not compile; the class also checks, when it is initialised, that each
 * kind's model is of that kind and that no two models share a type.
 */
public final class Models {
  /** The Kaizen six-step record. */
  public static final Model<KaizenRecord, KaizenRecordDerived> KAIZEN =
      Model.of(
          DocumentKind.KAIZEN,
          KaizenRecord.class,
          (record, policy) -> KaizenRecordValidator.validate(record),
          KaizenRecordScorer.defaults(),
          KaizenRecordScorer::withPolicy,
          KaizenRecordDerived.class,
          KaizenRecordDerived::of);

  /** The A3 improvement-opportunity template. */
  public static final Model<A3, A3Derived> A3 =
      Model.of(
          DocumentKind.A3,
          A3.class,
          (a3, policy) -> A3Validator.validate(a3),
          A3Scorer.defaults(),
          A3Scorer::withPolicy,
          A3Derived.class,
          (a3, policy) -> A3Derived.of(a3));

  /** A position, or a history of positions, on the competence/influence matrix. */
  public static final Model<Assessment, AssessmentDerived> ASSESSMENT =
      Model.of(
          DocumentKind.ASSESSMENT,
          Assessment.class,
          (assessment, policy) -> AssessmentValidator.validate(assessment),
          AssessmentScorer.defaults(),
          AssessmentScorer::withPolicy,
          AssessmentDerived.class,
          AssessmentDerived::of);

  /** A framework of progression levels. */
  public static final Model<Framework, FrameworkDerived> FRAMEWORK =
      Model.of(
          DocumentKind.FRAMEWORK,
          Framework.class,
          (framework, policy) -> FrameworkValidator.validate(framework),
          FrameworkScorer.defaults(),
          FrameworkScorer::withPolicy,
          FrameworkDerived.class,
          (framework, policy) -> FrameworkDerived.of(framework));

  /** A promotion case scored against a framework. */
  public static final Model<ProgressionCase, ProgressionCaseDerived> PROGRESSION_CASE =
      Model.of(
          DocumentKind.PROGRESSION_CASE,
          ProgressionCase.class,
          (progressionCase, policy) -> ProgressionCaseValidator.validate(progressionCase),
          ProgressionCaseScorer.defaults(),
          ProgressionCaseScorer::withPolicy,
          ProgressionCaseDerived.class,
          ProgressionCaseDerived::of);

  /** A portfolio prioritisation quadrant over quarters. */
  public static final Model<Portfolio, PortfolioDerived> PORTFOLIO =
      Model.of(
          DocumentKind.PORTFOLIO,
          Portfolio.class,
          PortfolioValidator::validate,
          PortfolioScorer.defaults(),
          PortfolioScorer::withPolicy,
          PortfolioDerived.class,
          (portfolio, policy) -> PortfolioDerived.of(portfolio));

  private static final List<Model<?, ?>> ALL = check(DocumentKind.values());

  private Models() {}

  /**
   * Returns the model of {@code kind}.
   *
   * @param kind a kind
   * @return its model
   */
  public static Model<?, ?> of(DocumentKind kind) {
    // No default: a kind without a model is a compile error here.
    return switch (kind) {
      case KAIZEN -> KAIZEN;
      case A3 -> A3;
      case ASSESSMENT -> ASSESSMENT;
      case FRAMEWORK -> FRAMEWORK;
      case PROGRESSION_CASE -> PROGRESSION_CASE;
      case PORTFOLIO -> PORTFOLIO;
    };
  }

  /**
   * Returns the model whose document type is exactly {@code type}.
   *
   * @param type a document type, such as {@code KaizenRecord.class}
   * @param <T> the document type
   * @return its model
   * @throws IllegalArgumentException when no model has that type (such as {@code Document.class})
   */
  public static <T extends Document> Model<T, ?> of(Class<T> type) {
    for (Model<?, ?> model : ALL) {
      if (model.type().equals(type)) {
        @SuppressWarnings("unchecked") // the model's type is T
        Model<T, ?> typed = (Model<T, ?>) model;
        return typed;
      }
    }
    throw new IllegalArgumentException(
        "no model has the document type "
            + type.getName()
            + "; the document types are "
            + ALL.stream().map(m -> m.type().getSimpleName()).toList());
  }

  /**
   * Returns every model, one per kind, in {@link DocumentKind} order.
   *
   * @return the models
   */
  public static List<Model<?, ?>> all() {
    return ALL;
  }

  /**
   * Returns the models of {@code kinds}, in that order, after checking that each is of its kind and
   * that the types are distinct.
   *
   * @param kinds the kinds, normally every {@link DocumentKind}
   * @return their models
   * @throws IllegalStateException when a model is registered under another kind or two share a type
   */
  static List<Model<?, ?>> check(DocumentKind... kinds) {
    ImmutableList.Builder<Model<?, ?>> models = ImmutableList.builder();
    Set<Class<?>> types = new HashSet<>();
    Set<Class<?>> derivedTypes = new HashSet<>();
    for (DocumentKind kind : kinds) {
      Model<?, ?> model = of(kind);
      if (model.kind() != kind) {
        throw new IllegalStateException(
            "the model of " + kind.token() + " is registered as " + model);
      }
      if (!types.add(model.type()) || !derivedTypes.add(model.derivedType())) {
        throw new IllegalStateException(
            "the model of " + kind.token() + " shares a type with another: " + model);
      }
      models.add(model);
    }
    return models.build();
  }
}
