package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.internal.ValueStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What separates two levels of one framework (DOMAIN.md §6.2, diffs): each criterion either level
 * states, from the first level's value to the second's, in report order (competence, scope,
 * evidence, points, then milestones per track: the framework's tracks in order, then any other
 * track a level names). HR tools show it as "what it takes to get from here to there".
 *
 * <pre>{@code
 * LevelDiff diff = LevelDiff.between(framework, "IC2", "IC3");
 * diff.criteria().forEach(c -> System.out.println(c.describe()));   // points 5 → 10, …
 * }</pre>
 */
@Value.Immutable
@ValueStyle
abstract class AbstractLevelDiff {
  /**
   * Returns the framework's name.
   *
   * @return the name
   */
  public abstract String framework();

  /**
   * Returns the id of the first level.
   *
   * @return the level id
   */
  public abstract String fromLevel();

  /**
   * Returns the id of the second level.
   *
   * @return the level id
   */
  public abstract String toLevel();

  /**
   * Returns every criterion either level states, from the first to the second, in report order.
   *
   * @return the criteria, changed or not; empty when neither level states any
   */
  public abstract List<CriterionChange> criteria();

  /**
   * Returns the criteria whose value differs.
   *
   * @return the changed criteria, in report order
   */
  public final List<CriterionChange> changes() {
    return criteria().stream()
        .filter(CriterionChange::changed)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Compares two levels of {@code framework}.
   *
   * @param framework the framework
   * @param from the id of the first level
   * @param to the id of the second level
   * @return the diff
   * @throws IllegalArgumentException if the framework has no level with one of the ids
   */
  public static LevelDiff between(Framework framework, String from, String to) {
    FrameworkLevel a = level(framework, from);
    FrameworkLevel b = level(framework, to);
    return LevelDiff.builder()
        .framework(framework.name())
        .fromLevel(from)
        .toLevel(to)
        .criteria(criteria(framework, a, b))
        .build();
  }

  private static FrameworkLevel level(Framework framework, String id) {
    return framework
        .level(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "framework "
                        + framework.name()
                        + " has no level "
                        + id
                        + "; its levels are "
                        + framework.levels().stream().map(FrameworkLevel::id).toList()));
  }

  /**
   * Returns every criterion {@code a} or {@code b} states, from a's value to b's, in report order.
   */
  static List<CriterionChange> criteria(Framework framework, FrameworkLevel a, FrameworkLevel b) {
    List<CriterionChange> changes = new ArrayList<>();
    add(
        changes,
        CriterionName.COMPETENCE.token(),
        boxed(a.getMinCompetence()),
        boxed(b.getMinCompetence()));
    add(
        changes,
        CriterionName.SCOPE.token(),
        a.getMinScope().map(s -> s),
        b.getMinScope().map(s -> s));
    add(
        changes,
        CriterionName.EVIDENCE.token(),
        boxed(a.getMinEvidence()),
        boxed(b.getMinEvidence()));
    add(changes, CriterionName.POINTS.token(), boxed(a.minPoints()), boxed(b.minPoints()));
    Set<String> tracks = new LinkedHashSet<>();
    framework.tracks().forEach(t -> tracks.add(t.id()));
    tracks.addAll(a.minMilestones().keySet());
    tracks.addAll(b.minMilestones().keySet());
    for (String track : tracks) {
      add(
          changes,
          CriterionName.MILESTONES.token() + "." + track,
          Optional.ofNullable(a.minMilestones().get(track)),
          Optional.ofNullable(b.minMilestones().get(track)));
    }
    return changes;
  }

  private static void add(
      List<CriterionChange> changes,
      String name,
      Optional<? extends Object> from,
      Optional<? extends Object> to) {
    if (from.isPresent() || to.isPresent()) {
      changes.add(
          CriterionChange.builder()
              .name(name)
              .before(from.map(v -> (Object) v))
              .after(to.map(v -> (Object) v))
              .build());
    }
  }

  static Optional<Object> boxed(java.util.OptionalDouble value) {
    return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
  }

  static Optional<Object> boxed(java.util.OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }
}
