package dev.kaizen.progression;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Checks;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.internal.ValueStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A progression framework (DOMAIN.md §6, §6.2): a named, ordered list of {@linkplain FrameworkLevel
 * levels}, lowest first. Thresholds may not fall from one level to the next and ids are unique:
 * {@link FrameworkValidator} checks both. A framework is data; a {@link ProgressionCase} holds one
 * inline.
 *
 * <p>A version 2 framework ({@link #version()} 2) also has a {@linkplain #revision() revision},
 * {@linkplain #tracks() tracks} with milestone ladders, {@linkplain #points() points} per
 * milestone, and levels on several parallel ladders with ranks; version 1 (the default) has none of
 * these and means exactly what §6 says.
 *
 * <p>Preconditions (the builder throws {@link IllegalArgumentException}), each a thing no document
 * of the version can hold: the version is 1 or 2; a version 1 framework has no revision, points or
 * tracks and every level states minCompetence, minScope and minEvidence and nothing of version 2; a
 * version 2 framework has a revision; every points entry is finite.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractFramework implements Document {
  @Override
  public final DocumentKind kind() {
    return DocumentKind.FRAMEWORK;
  }

  /**
   * Returns the document version: 1 (DOMAIN.md §6, the default) or 2 (§6.2).
   *
   * @return the version
   */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Returns the framework's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the edition of the framework, such as {@code 2025.1} (version 2, where it is required).
   *
   * @return the revision; empty for version 1
   */
  public abstract Optional<String> revision();

  /**
   * Returns the framework's points list: the points of milestones 0..N of every track that has no
   * points of its own (version 2).
   *
   * @return the points, or empty when the framework states none
   */
  public abstract Optional<ImmutableList<Double>> points();

  /**
   * Returns the tracks (version 2), in the order written.
   *
   * @return the tracks; empty for version 1 and possibly for version 2
   */
  public abstract List<Track> tracks();

  /**
   * Returns the levels, lowest first (per ladder, in version 2).
   *
   * @return the levels; may be empty (then no target level can exist)
   */
  public abstract List<FrameworkLevel> levels();

  /**
   * Tells whether this is a version 2 framework.
   *
   * @return true for version 2
   */
  public final boolean isVersion2() {
    return version() == 2;
  }

  /**
   * Finds the first level whose id is {@code id}.
   *
   * @param id a level id
   * @return the level, or empty when the framework has none with that id
   */
  public final Optional<FrameworkLevel> level(String id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(levels().get(index));
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

  /**
   * Finds the first track whose id is {@code id}.
   *
   * @param id a track id
   * @return the track, or empty when the framework has none with that id
   */
  public final Optional<Track> track(String id) {
    return tracks().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Returns the names of the ladders the levels are on, in the order each first appears ({@value
   * FrameworkLevel#MAIN_LADDER} for levels that name none).
   *
   * @return the ladder names; empty without levels
   */
  public final List<String> ladders() {
    Set<String> names = new LinkedHashSet<>();
    levels().forEach(l -> names.add(l.ladderName()));
    return ImmutableList.copyOf(names);
  }

  /**
   * Returns the rank of the level at {@code index}: its stated rank, else its position (1-based)
   * among the levels of its ladder.
   *
   * @param index the level's index in {@link #levels()}, from 0
   * @return the rank, at least 1
   * @throws IndexOutOfBoundsException if there is no level at {@code index}
   */
  public final int rank(int index) {
    FrameworkLevel level = levels().get(index);
    if (level.rank().isPresent()) {
      return level.rank().getAsInt();
    }
    int position = 0;
    for (int i = 0; i <= index; i++) {
      if (levels().get(i).ladderName().equals(level.ladderName())) {
        position++;
      }
    }
    return position;
  }

  /**
   * Returns the indexes of the levels of {@code ladder}, in rank order (levels of equal rank in
   * list order).
   *
   * @param ladder a ladder name
   * @return the indexes in {@link #levels()}; empty when no level is on that ladder
   */
  public final List<Integer> levelsOf(String ladder) {
    int[] indexes = new int[levels().size()];
    int[] ranks = new int[indexes.length];
    int count = 0;
    for (int i = 0; i < levels().size(); i++) {
      if (levels().get(i).ladderName().equals(ladder)) {
        // insertion by rank, after any level of equal rank: stable, and the ladders are short
        int rank = rank(i);
        int at = count;
        while (at > 0 && ranks[at - 1] > rank) {
          indexes[at] = indexes[at - 1];
          ranks[at] = ranks[at - 1];
          at--;
        }
        indexes[at] = i;
        ranks[at] = rank;
        count++;
      }
    }
    ImmutableList.Builder<Integer> ordered = ImmutableList.builderWithExpectedSize(count);
    for (int k = 0; k < count; k++) {
      ordered.add(indexes[k]);
    }
    return ordered.build();
  }

  /**
   * Returns the points list that applies to {@code track}: its own, else the framework's.
   *
   * @param track a track
   * @return the points of milestones 0..N, or empty when neither states one
   */
  public final Optional<ImmutableList<Double>> pointsOf(Track track) {
    return track.points().isPresent() ? track.points() : points();
  }

  /**
   * Returns what {@code milestone} of {@code track} is worth: the entry of its {@linkplain
   * #pointsOf(Track) points list} at that milestone. So that a framework that breaks {@code
   * framework.points.invalid} still gives figures, a milestone past the list's end is worth its
   * last entry, and a track without points (or with an empty list) is worth 0.
   *
   * @param track a track
   * @param milestone a milestone, 0 or more
   * @return the points, before the track's weight
   */
  public final double pointsAt(Track track, int milestone) {
    List<Double> list = pointsOf(track).orElse(ImmutableList.of());
    if (list.isEmpty()) {
      return 0;
    }
    return list.get(Math.min(Math.max(milestone, 0), list.size() - 1));
  }

  /**
   * Returns the most points possible: Σ over tracks of weight × the last entry of its points list
   * (DOMAIN.md §6.2, {@code framework.levels.unreachable}).
   *
   * @return the most points, 0 without tracks
   */
  public final double maxPoints() {
    double sum = 0;
    for (Track track : tracks()) {
      List<Double> list = pointsOf(track).orElse(ImmutableList.of());
      if (!list.isEmpty()) {
        sum += track.weight() * list.get(list.size() - 1);
      }
    }
    return sum;
  }

  @Value.Check
  final void check() {
    if (version() != 1 && version() != 2) {
      throw new IllegalArgumentException(
          "framework " + name() + ": version must be 1 or 2, not " + version());
    }
    points()
        .ifPresent(
            list ->
                list.forEach(p -> Checks.requireFinite(p, "points entry of framework", name())));
    if (isVersion2()) {
      if (revision().isEmpty()) {
        throw new IllegalArgumentException(
            "framework " + name() + ": a version 2 framework needs a revision");
      }
      return;
    }
    if (revision().isPresent() || points().isPresent() || !tracks().isEmpty()) {
      throw new IllegalArgumentException(
          "framework "
              + name()
              + ": revision, points and tracks need version 2; set version(2) to use them");
    }
    for (FrameworkLevel level : levels()) {
      if (!level.statesVersion1Criteria() || level.statesVersion2Properties()) {
        throw new IllegalArgumentException(
            "framework "
                + name()
                + ": level "
                + level.id()
                + " of a version 1 framework must state minCompetence, minScope and minEvidence,"
                + " and no ladder, rank, minPoints or minMilestones (those need version 2)");
      }
    }
  }
}
