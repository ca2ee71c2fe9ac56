package dev.kaizen.core;

/**
 * A value with a fixed token that stands for it in documents: the lower-case, kebab-case word of
 * DOMAIN.md (for example {@code move-on} or {@code state-of-the-art}).
 *
 * <p>Every enum of the models implements it; {@link Tokens#parse(Class, String)} finds a constant
 * by its token.
 */
public interface Tokenized {
  /**
   * Returns the token that stands for this value in documents.
   *
   * @return the lower-case, kebab-case token, never empty
   */
  String token();
}
