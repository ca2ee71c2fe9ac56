package dev.kaizen;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.Scorer;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.validation.ValidationResult;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything the library knows about one {@linkplain DocumentKind kind} of document: its Java type,
 * its validator, its default scorer and how its derived values are found. {@link Models} holds the
 * one model of each kind; every layer (this facade, the JSON formats, the command line, the test
 * generators) finds a kind's parts through it.
 *
 * <p>A model is immutable and thread-safe. It is a descriptor, not a value: it holds functions, so
 * two models are equal only when they are the same instance, and there is exactly one per kind.
 *
 * @param <T> the document type, such as {@code KaizenRecord}
 * @param <D> the type of its derived values, such as {@code KaizenRecordDerived}
 */
public final class Model<T extends Document, D extends DerivedValues> {
  private final DocumentKind kind;
  private final Class<T> type;
  private final BiFunction<T, ScoringPolicy, ValidationResult> validator;
  private final Scorer<T> scorer;
  private final Function<ScoringPolicy, ? extends Scorer<T>> scorers;
  private final Class<D> derivedType;
  private final BiFunction<T, ScoringPolicy, D> deriver;

  private Model(
      DocumentKind kind,
      Class<T> type,
      BiFunction<T, ScoringPolicy, ValidationResult> validator,
      Scorer<T> scorer,
      Function<ScoringPolicy, ? extends Scorer<T>> scorers,
      Class<D> derivedType,
      BiFunction<T, ScoringPolicy, D> deriver) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.type = Objects.requireNonNull(type, "type");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.scorers = Objects.requireNonNull(scorers, "scorers");
    this.derivedType = Objects.requireNonNull(derivedType, "derivedType");
    this.deriver = Objects.requireNonNull(deriver, "deriver");
  }

  /**
   * Declares a model; only {@link Models} does.
   *
   * @param validator validates a document with the thresholds of a policy
   * @param scorer the default scorer
   * @param scorers makes the scorer of a policy (the scorer's {@code withPolicy})
   * @param deriver derives the values of a document with the thresholds of a policy
   */
  static <T extends Document, D extends DerivedValues> Model<T, D> of(
      DocumentKind kind,
      Class<T> type,
      BiFunction<T, ScoringPolicy, ValidationResult> validator,
      Scorer<T> scorer,
      Function<ScoringPolicy, ? extends Scorer<T>> scorers,
      Class<D> derivedType,
      BiFunction<T, ScoringPolicy, D> deriver) {
    return new Model<>(kind, type, validator, scorer, scorers, derivedType, deriver);
  }

  /**
   * Returns the kind of document this model describes.
   *
   * @return the kind
   */
  public DocumentKind kind() {
    return kind;
  }

  /**
   * Returns the Java type of the documents.
   *
   * @return the document type, such as {@code KaizenRecord.class}
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the default scorer, whose policy is the model's default policy.
   *
   * @return the default scorer
   */
  public Scorer<T> scorer() {
    return scorer;
  }

  /**
   * Returns the Java type of the derived values.
   *
   * @return the derived-values type, such as {@code KaizenRecordDerived.class}
   */
  public Class<D> derivedType() {
    return derivedType;
  }

  /**
   * Validates {@code document} against every rule of the model.
   *
   * @param document the document
   * @return every violation found
   */
  public ValidationResult validate(T document) {
    return validator.apply(document, scorer.policy());
  }

  /**
   * Scores {@code document} with the {@linkplain #scorer() default scorer}.
   *
   * @param document the document
   * @return its score
   */
  public Score score(T document) {
    return scorer.score(document);
  }

  /**
   * Derives the values of {@code document}.
   *
   * @param document the document
   * @return its derived values, of this model's kind
   */
  public D derive(T document) {
    return deriver.apply(document, scorer.policy());
  }

  /**
   * Returns the scorer that applies {@code policy}.
   *
   * @param policy a policy for this model's kind
   * @return its scorer
   * @throws IllegalArgumentException if the policy does not fit this model (another kind, other
   *     parts or thresholds)
   */
  public Scorer<T> scorer(ScoringPolicy policy) {
    return scorers.apply(policy);
  }

  /**
   * Validates, scores and derives {@code document} under {@code policy}: its weights make the
   * score, and its thresholds are the ones the validator and the derived values use (the
   * portfolio's {@code drift} and {@code neglected-share} warnings, the matrix {@code quadrant},
   * the Kaizen {@code pareto-cut}); the default policy gives exactly {@link Kaizen#report}.
   *
   * @param document the document
   * @param policy a policy for this model's kind
   * @return the full report
   * @throws IllegalArgumentException if the policy does not fit this model
   */
  public Report report(T document, ScoringPolicy policy) {
    return report(document, scorer(policy));
  }

  /**
   * Validates, scores and derives {@code document} with the model's default policy.
   *
   * @param document the document
   * @return the full report
   */
  public Report report(T document) {
    return report(document, scorer);
  }

  private Report report(T document, Scorer<T> applied) {
    return Report.builder()
        .kind(kind)
        .violations(validator.apply(document, applied.policy()).violations())
        .score(applied.score(document))
        .derived(deriver.apply(document, applied.policy()))
        .build();
  }

  /**
   * Returns {@code document} as this model's type, checking that it is of this model's kind.
   *
   * @param document any document
   * @return the same document, typed
   * @throws IllegalArgumentException when the document is of another kind or type
   */
  public T cast(Document document) {
    if (document.kind() != kind || !type.isInstance(document)) {
      throw new IllegalArgumentException(
          "expected a "
              + kind.token()
              + " document ("
              + type.getSimpleName()
              + "), not a "
              + document.kind().token()
              + " document ("
              + document.getClass().getName()
              + ")");
    }
    return type.cast(document);
  }

  /**
   * Returns the model's kind and types, such as {@code Model[kaizen: KaizenRecord,
   * KaizenRecordDerived]}.
   *
   * @return a description for messages
   */
  @Override
  public String toString() {
    return "Model["
        + kind.token()
        + ": "
        + type.getSimpleName()
        + ", "
        + derivedType.getSimpleName()
        + "]";
  }
}
