package dev.kaizen.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Static helpers that map between enum constants and their document tokens. */
public final class Tokens {
  private Tokens() {}

  /**
   * Finds the constant of {@code type} whose token is exactly {@code token} (case-sensitive).
   *
   * @param type the enum class
   * @param token the token to look up
   * @param <E> the enum type
   * @return the constant, or empty when no constant has that token
   */
  public static <E extends Enum<E> & Tokenized> Optional<E> parse(Class<E> type, String token) {
    for (E constant : type.getEnumConstants()) {
      if (constant.token().equals(token)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * Lists the tokens of {@code type} in declaration order, for messages.
   *
   * @param type the enum class
   * @param <E> the enum type
   * @return the tokens, in declaration order
   */
  public static <E extends Enum<E> & Tokenized> List<String> allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Tokenized::token)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Derives the conventional token of a constant: its name in lower case with {@code _} as {@code
   * -}.
   *
   * @param constant the constant
   * @return the kebab-case token
   */
  public static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
