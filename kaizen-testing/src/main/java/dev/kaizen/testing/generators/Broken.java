package dev.kaizen.testing.generators;

import dev.kaizen.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document broken on purpose, and the rule it breaks: the validator must report at least one
 * violation of {@link #rule()}.
 *
 * <p>Immutable and thread-safe if the document is; neither part is ever null. Two values are equal
 * when their documents are equal and their rules are the same.
 *
 * @param <T> the document type
 */
public final class Broken<T> {
  private final T document;
  private final RuleCode rule;

  private Broken(T document, RuleCode rule) {
    this.document = document;
    this.rule = rule;
  }

  /**
   * Returns a broken document with the rule it breaks.
   *
   * @param <T> the document type
   * @param document the broken document
   * @param rule the rule the document breaks
   * @return the value
   * @throws NullPointerException if {@code document} or {@code rule} is null
   */
  public static <T> Broken<T> of(T document, RuleCode rule) {
    return new Broken<>(
        Objects.requireNonNull(document, "document"), Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns a builder for a broken document; both parts are required.
   *
   * @param <T> the document type
   * @return a new builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns the broken document.
   *
   * @return the document
   */
  public T document() {
    return document;
  }

  /**
   * Returns the rule the document breaks.
   *
   * @return the rule
   */
  public RuleCode rule() {
    return rule;
  }

  /**
   * Returns a copy with another document, or this value if {@code value} is this document.
   *
   * @param value the new document
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public Broken<T> withDocument(T value) {
    if (document == value) {
      return this;
    }
    return new Broken<>(Objects.requireNonNull(value, "document"), rule);
  }

  /**
   * Returns a copy with another rule, or this value if {@code value} is this rule.
   *
   * @param value the new rule
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public Broken<T> withRule(RuleCode value) {
    if (Objects.requireNonNull(value, "rule") == rule) {
      return this;
    }
    return new Broken<>(document, value);
  }

  /**
   * Returns whether {@code other} is a {@code Broken} with an equal document and the same rule.
   *
   * @param other the object to compare with
   * @return {@code true} if both parts are equal
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Broken<?> that
            && document.equals(that.document)
            && rule.equals(that.rule);
  }

  /**
   * Returns a hash code of both parts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + document.hashCode();
    h += (h << 5) + rule.hashCode();
    return h;
  }

  /**
   * Returns {@code Broken{document=..., rule=...}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Broken{document=" + document + ", rule=" + rule + "}";
  }

  /**
   * Builds a {@link Broken}: set the document and the rule, then call {@link #build()}. Not
   * thread-safe; use it right away.
   *
   * @param <T> the document type
   */
  public static final class Builder<T> {
    private T document;
    private RuleCode rule;

    private Builder() {}

    /**
     * Sets both parts from {@code instance}.
     *
     * @param instance the value to copy
     * @return this builder
     * @throws NullPointerException if {@code instance} is null
     */
    public Builder<T> from(Broken<T> instance) {
      Objects.requireNonNull(instance, "instance");
      document(instance.document());
      rule(instance.rule());
      return this;
    }

    /**
     * Sets the broken document.
     *
     * @param document the document
     * @return this builder
     * @throws NullPointerException if {@code document} is null
     */
    public Builder<T> document(T document) {
      this.document = Objects.requireNonNull(document, "document");
      return this;
    }

    /**
     * Sets the rule the document breaks.
     *
     * @param rule the rule
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder<T> rule(RuleCode rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Returns the value.
     *
     * @return the broken document with its rule
     * @throws IllegalStateException naming the parts that are not set
     */
    public Broken<T> build() {
      List<String> missing = new ArrayList<>();
      if (document == null) {
        missing.add("document");
      }
      if (rule == null) {
        missing.add("rule");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "Cannot build Broken, some of required attributes are not set " + missing);
      }
      return new Broken<>(document, rule);
    }
  }
}
