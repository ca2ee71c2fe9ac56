package dev.kaizen.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Static helpers that map between enum constants and their document tokens. */
public final class Tokens {
  /** Per enum class: token to constant, and the tokens in declaration order; built once. */
  private static final ClassValue<Lookup> LOOKUPS =
      new ClassValue<>() {
        @Override
        protected Lookup computeValue(Class<?> type) {
          return new Lookup(type);
        }
      };

  private static final class Lookup {
    final Map<String, Object> byToken;
    final List<String> tokens;

    Lookup(Class<?> type) {
      Map<String, Object> map = new HashMap<>();
      List<String> list = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        String token = ((Tokenized) constant).token();
        map.putIfAbsent(token, constant);
        list.add(token);
      }
      this.byToken = Collections.unmodifiableMap(map);
      this.tokens = Collections.unmodifiableList(list);
    }
  }

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
    // The first constant in declaration order wins, as a linear search would find it.
    return Optional.ofNullable(type.cast(LOOKUPS.get(type).byToken.get(token)));
  }

  /**
   * Lists the tokens of {@code type} in declaration order, for messages.
   *
   * @param type the enum class
   * @param <E> the enum type
   * @return the tokens, in declaration order
   */
  public static <E extends Enum<E> & Tokenized> List<String> allowed(Class<E> type) {
    return LOOKUPS.get(type).tokens;
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
