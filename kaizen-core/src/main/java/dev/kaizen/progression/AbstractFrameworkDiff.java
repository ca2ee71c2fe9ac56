package dev.kaizen.progression;

import dev.kaizen.internal.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between two editions of a framework (DOMAIN.md §6.2, diffs): tracks and levels
 * added, removed and changed (matched by id), with each changed value from the older edition to the
 * newer. HR tools show it to explain what changed in the framework since a decision was pinned to
 * an earlier revision.
 *
 * <p>A track's values are its {@code title}, {@code category}, {@code weight}, {@code milestones}
 * (the summaries) and {@code points}; a level's are its {@code title}, {@code ladder}, {@code rank}
 * (as stated) and its criteria, named as reports name them ({@code competence}, {@code scope},
 * {@code evidence}, {@code points}, {@code milestones.TRACK}). Added and removed ids are listed in
 * the order of the edition that has them; changed ones in the older edition's order.
 *
 * <pre>{@code
 * FrameworkDiff diff = FrameworkDiff.between(edition2025, edition2026);
 * diff.levelsChanged().forEach(l -> System.out.println(l.id() + ": " + l.changes()));
 * }</pre>
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFrameworkDiff {
  /**
   * Returns the older edition's name.
   *
   * @return the name
   */
  public abstract String framework();

  /**
   * Returns the older edition's revision.
   *
   * @return the revision, or empty for a version 1 framework
   */
  public abstract Optional<String> fromRevision();

  /**
   * Returns the newer edition's revision.
   *
   * @return the revision, or empty for a version 1 framework
   */
  public abstract Optional<String> toRevision();

  /**
   * Returns the framework-wide values that changed: {@code name} and {@code points}.
   *
   * @return the changes; empty when both are equal
   */
  public abstract List<CriterionChange> changes();

  /**
   * Returns the ids of the tracks only the newer edition has.
   *
   * @return the ids, in the newer edition's order
   */
  public abstract List<String> tracksAdded();

  /**
   * Returns the ids of the tracks only the older edition has.
   *
   * @return the ids, in the older edition's order
   */
  public abstract List<String> tracksRemoved();

  /**
   * Returns the tracks both editions have whose values differ.
   *
   * @return the changed tracks, in the older edition's order
   */
  public abstract List<ElementChange> tracksChanged();

  /**
   * Returns the ids of the levels only the newer edition has.
   *
   * @return the ids, in the newer edition's order
   */
  public abstract List<String> levelsAdded();

  /**
   * Returns the ids of the levels only the older edition has.
   *
   * @return the ids, in the older edition's order
   */
  public abstract List<String> levelsRemoved();

  /**
   * Returns the levels both editions have whose values differ.
   *
   * @return the changed levels, in the older edition's order
   */
  public abstract List<ElementChange> levelsChanged();

  /**
   * Tells whether the two editions are the same in everything the diff compares.
   *
   * @return true when nothing was added, removed or changed
   */
  public final boolean isEmpty() {
    return changes().isEmpty()
        && tracksAdded().isEmpty()
        && tracksRemoved().isEmpty()
        && tracksChanged().isEmpty()
        && levelsAdded().isEmpty()
        && levelsRemoved().isEmpty()
        && levelsChanged().isEmpty();
  }

  /**
   * Compares two editions of a framework.
   *
   * @param older the older edition
   * @param newer the newer edition
   * @return the diff
   */
  public static FrameworkDiff between(Framework older, Framework newer) {
    FrameworkDiff.Builder diff =
        FrameworkDiff.builder()
            .framework(older.name())
            .fromRevision(older.revision())
            .toRevision(newer.revision());
    List<CriterionChange> changes = new ArrayList<>();
    change(changes, "name", Optional.of(older.name()), Optional.of(newer.name()));
    change(changes, "points", older.points(), newer.points());
    diff.changes(changes);
    Map<String, Track> oldTracks = byId(older.tracks(), Track::id);
    Map<String, Track> newTracks = byId(newer.tracks(), Track::id);
    newer.tracks().stream()
        .map(Track::id)
        .filter(id -> !oldTracks.containsKey(id))
        .distinct()
        .forEach(diff::addTracksAdded);
    older.tracks().stream()
        .map(Track::id)
        .filter(id -> !newTracks.containsKey(id))
        .distinct()
        .forEach(diff::addTracksRemoved);
    for (String id : oldTracks.keySet()) {
      Track a = oldTracks.get(id);
      Track b = newTracks.get(id);
      if (b == null) {
        continue;
      }
      List<CriterionChange> track = new ArrayList<>();
      change(track, "title", Optional.of(a.title()), Optional.of(b.title()));
      change(track, "category", a.category(), b.category());
      change(track, "weight", Optional.of(a.weight()), Optional.of(b.weight()));
      change(track, "milestones", Optional.of(a.milestones()), Optional.of(b.milestones()));
      change(track, "points", a.points(), b.points());
      if (!track.isEmpty()) {
        diff.addTracksChanged(ElementChange.builder().id(id).changes(track).build());
      }
    }
    Map<String, FrameworkLevel> oldLevels = byId(older.levels(), FrameworkLevel::id);
    Map<String, FrameworkLevel> newLevels = byId(newer.levels(), FrameworkLevel::id);
    newer.levels().stream()
        .map(FrameworkLevel::id)
        .filter(id -> !oldLevels.containsKey(id))
        .distinct()
        .forEach(diff::addLevelsAdded);
    older.levels().stream()
        .map(FrameworkLevel::id)
        .filter(id -> !newLevels.containsKey(id))
        .distinct()
        .forEach(diff::addLevelsRemoved);
    for (String id : oldLevels.keySet()) {
      FrameworkLevel a = oldLevels.get(id);
      FrameworkLevel b = newLevels.get(id);
      if (b == null) {
        continue;
      }
      List<CriterionChange> level = new ArrayList<>();
      change(level, "title", Optional.of(a.title()), Optional.of(b.title()));
      change(level, "ladder", a.ladder(), b.ladder());
      change(level, "rank", AbstractLevelDiff.boxed(a.rank()), AbstractLevelDiff.boxed(b.rank()));
      AbstractLevelDiff.criteria(newer, a, b).stream()
          .filter(CriterionChange::changed)
          .forEach(level::add);
      if (!level.isEmpty()) {
        diff.addLevelsChanged(ElementChange.builder().id(id).changes(level).build());
      }
    }
    return diff.build();
  }

  /** The first element of each id, in list order. */
  private static <T> Map<String, T> byId(List<T> elements, Function<T, String> id) {
    return elements.stream()
        .collect(
            Collectors.toMap(id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static void change(
      List<CriterionChange> changes,
      String name,
      Optional<? extends Object> from,
      Optional<? extends Object> to) {
    CriterionChange change =
        CriterionChange.builder()
            .name(name)
            .before(from.map(v -> (Object) v))
            .after(to.map(v -> (Object) v))
            .build();
    if (change.changed()) {
      changes.add(change);
    }
  }
}
