package dev.kaizen.progression;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A progression framework (DOMAIN.md §6): a named, ordered list of {@linkplain FrameworkLevel
 * levels}, lowest first. Thresholds may not fall from one level to the next and ids are unique:
 * {@link FrameworkValidator} checks both. A framework is data; a {@link ProgressionCase} holds one
 * inline.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFramework implements Document {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.FRAMEWORK;
  }

  /**
   * Returns the framework's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the levels, lowest first.
   *
   * @return the levels; may be empty (then no target level can exist)
   */
  public abstract List<FrameworkLevel> levels();

  /**
   * Finds the first level whose id is {@code id}.
   *
   * @param id a level id
   * @return the level, or empty when the framework has none with that id
   */
  public final Optional<FrameworkLevel> level(String id) {
    return levels().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /**
   * Returns the position of the first level whose id is {@code id}.
   *
   * @param id a level id
   * @return its index from 0, or -1 when the framework has none with that id
   */
  public final int indexOf(String id) {
    for (int i = 0; i < levels().size(); i++) {
      if (levels().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
