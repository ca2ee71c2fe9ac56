package dev.kaizen.progression;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The derived values of a {@link Framework}: its level ids, lowest first, and how many levels it
 * has. (DOMAIN.md §9 names none for a framework; these say at a glance what a case can target.)
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFrameworkDerived implements DerivedValues {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.FRAMEWORK;
  }

  /**
   * Returns the level ids, lowest level first, as written (repeats included).
   *
   * @return the level ids
   */
  public abstract List<String> levels();

  /**
   * Returns the number of levels.
   *
   * @return the size of {@link #levels()}
   */
  public final int levelCount() {
    return levels().size();
  }

  /**
   * Derives the values of {@code framework}.
   *
   * @param framework the framework
   * @return its derived values
   */
  public static FrameworkDerived of(Framework framework) {
    return FrameworkDerived.builder()
        .levels(framework.levels().stream().map(FrameworkLevel::id).toList())
        .build();
  }
}
