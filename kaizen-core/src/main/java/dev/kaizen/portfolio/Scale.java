package dev.kaizen.portfolio;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;
import java.util.List;
import java.util.Optional;

/**
 * The two scales of the portfolio quadrant (DOMAIN.md §7). Both share the four {@linkplain
 * QuadrantPosition positions}; each names them with its own keys, which are what documents write:
 *
 * <table>
 *   <caption>Keys of each scale</caption>
 *   <tr><th>position</th><th>{@code product}</th><th>{@code portfolio}</th></tr>
 *   <tr><td>top left</td><td>{@code support}</td><td>{@code relationships}</td></tr>
 *   <tr><td>top right</td><td>{@code features}</td><td>{@code products}</td></tr>
 *   <tr><td>bottom left</td><td>{@code tech-debt}</td><td>{@code dysfunction}</td></tr>
 *   <tr><td>bottom right</td><td>{@code innovation}</td><td>{@code innovation}</td></tr>
 * </table>
 */
public enum Scale implements Tokenized {
  /** The product scale: support, features, tech-debt, innovation. */
  PRODUCT(
      List.of("support", "features", "tech-debt", "innovation"),
      List.of("improved support", "new features", "reduce tech debt", "innovation")),
  /** The portfolio scale: relationships, products, dysfunction, innovation. */
  PORTFOLIO(
      List.of("relationships", "products", "dysfunction", "innovation"),
      List.of(
          "improved client/user relationships",
          "improve products",
          "reduce organisational dysfunction",
          "organisational innovation"));

  private final List<String> keys;
  private final List<String> titles;

  Scale(List<String> keys, List<String> titles) {
    this.keys = keys;
    this.titles = titles;
  }

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns the key this scale gives {@code position}, as documents write it.
   *
   * @param position the position
   * @return the key, such as {@code tech-debt}
   */
  public String key(QuadrantPosition position) {
    return keys.get(position.ordinal());
  }

  /**
   * Returns what the quadrant at {@code position} stands for on this scale, in words.
   *
   * @param position the position
   * @return the title, such as {@code reduce tech debt}
   */
  public String title(QuadrantPosition position) {
    return titles.get(position.ordinal());
  }

  /**
   * Finds the position this scale names {@code key} (exact, case-sensitive).
   *
   * @param key a key such as {@code support}
   * @return the position, or empty when the key is not one of this scale's
   */
  public Optional<QuadrantPosition> position(String key) {
    int index = keys.indexOf(key);
    return index < 0 ? Optional.empty() : Optional.of(QuadrantPosition.values()[index]);
  }

  /**
   * Returns the position this scale names {@code key}, or fails with {@link #rejection(String)}.
   *
   * @param key a key such as {@code support}
   * @return the position
   * @throws IllegalArgumentException if the key is not one of this scale's
   */
  public QuadrantPosition parse(String key) {
    return position(key).orElseThrow(() -> new IllegalArgumentException(rejection(key)));
  }

  /**
   * Returns the keys this scale accepts, in position order (top left, top right, bottom left,
   * bottom right).
   *
   * @return the four keys
   */
  public List<String> keys() {
    return keys;
  }

  /**
   * Returns the other scale.
   *
   * @return {@link #PORTFOLIO} for {@link #PRODUCT} and the reverse
   */
  public Scale other() {
    return this == PRODUCT ? PORTFOLIO : PRODUCT;
  }

  /**
   * Explains why this scale does not accept {@code key}: names this scale and its keys, and says
   * when the key belongs to the other scale. Readers use it for bad input.
   *
   * @param key a key that is not one of this scale's
   * @return the explanation, such as {@code "support" is a key of the product scale, but this
   *     portfolio uses the portfolio scale, which accepts relationships, products, dysfunction,
   *     innovation}
   */
  public String rejection(String key) {
    String accepts = "the " + token() + " scale, which accepts " + String.join(", ", keys);
    if (other().position(key).isPresent()) {
      return "\""
          + key
          + "\" is a key of the "
          + other().token()
          + " scale, but this portfolio uses "
          + accepts;
    }
    return "\"" + key + "\" is not a quadrant of " + accepts;
  }
}
