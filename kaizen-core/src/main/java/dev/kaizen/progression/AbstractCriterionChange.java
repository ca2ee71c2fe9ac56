package dev.kaizen.progression;

import dev.kaizen.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value compared between two levels or two editions of a framework (DOMAIN.md §6.2, diffs): its
 * name, the value before and the value after. A level criterion is named as reports name it ({@code
 * competence}, {@code scope}, {@code evidence}, {@code points}, {@code milestones.TRACK}); other
 * values by their JSON property ({@code title}, {@code ladder}, {@code rank}, {@code category},
 * {@code weight}, {@code milestones}, {@code points}).
 *
 * <p>A value is a {@code Double} (competence, points, weight), an {@code Integer} (evidence, a
 * milestone, a rank), a {@link dev.kaizen.core.Scope}, a {@code String} (title, ladder, category)
 * or a {@code List} (a track's milestone summaries or points); empty where the level or track does
 * not state it.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractCriterionChange {
  /**
   * Returns what is compared, such as {@code points} or {@code milestones.mobile}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the value before: of the first level, or of the older edition.
   *
   * @return the value, or empty when it is not stated there
   */
  public abstract Optional<Object> before();

  /**
   * Returns the value after: of the second level, or of the newer edition.
   *
   * @return the value, or empty when it is not stated there
   */
  public abstract Optional<Object> after();

  /**
   * Tells whether the value differs.
   *
   * @return true when before and after are not equal
   */
  public final boolean changed() {
    return !before().equals(after());
  }

  /**
   * Returns the change in words, such as {@code points 36 → 43} or {@code minScope — → team}
   * ({@code —} where a value is not stated).
   *
   * @return the description
   */
  public final String describe() {
    return name() + " " + text(before()) + " → " + text(after());
  }

  private static String text(Optional<Object> value) {
    return value.map(AbstractCriterion::text).orElse("—");
  }
}
