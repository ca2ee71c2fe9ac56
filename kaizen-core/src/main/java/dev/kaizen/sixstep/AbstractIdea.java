package dev.kaizen.sixstep;

import dev.kaizen.core.Level;
import dev.kaizen.internal.ValueStyle;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/** One idea of step 3, with its estimated effort and gain. */
@Value.Immutable
@ValueStyle
abstract class AbstractIdea {
  /**
   * Orders ideas by priority: highest {@linkplain #priority() priority} first, then higher gain,
   * then id. Ideas that tie on all three (a duplicate id, which is an error) are ordered by
   * description and source, so that the order never depends on the order written.
   */
  public static final Comparator<Idea> PRIORITY_ORDER =
      Comparator.comparingInt(Idea::priority)
          .reversed()
          .thenComparing(Comparator.comparingInt((Idea idea) -> idea.gain().rank()).reversed())
          .thenComparing(Idea::id)
          .thenComparing(Idea::description)
          .thenComparingInt(idea -> idea.source().map(s -> s.ordinal() + 1).orElse(0));

  /**
   * Returns the idea's id, which changes of step 5 refer to.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what the idea is.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns the estimated effort.
   *
   * @return the effort
   */
  public abstract Level effort();

  /**
   * Returns the estimated gain.
   *
   * @return the gain
   */
  public abstract Level gain();

  /**
   * Returns where the idea comes from, if stated.
   *
   * @return the source, or empty
   */
  public abstract Optional<IdeaSource> source();

  /**
   * Returns the priority: {@code rank(gain) - rank(effort)}, from -2 to 2.
   *
   * @return the priority
   */
  public final int priority() {
    return gain().rank() - effort().rank();
  }

  /**
   * Tells whether the idea is a quick win: low effort with high gain.
   *
   * @return true for a quick win
   */
  public final boolean isQuickWin() {
    return effort() == Level.LOW && gain() == Level.HIGH;
  }
}
