package dev.kaizen.json.internal;

import dev.kaizen.core.Tokenized;
import dev.kaizen.progression.CriterionChange;
import dev.kaizen.progression.ElementChange;
import dev.kaizen.progression.FrameworkDiff;
import dev.kaizen.progression.LevelDiff;
import java.util.List;
import java.util.Optional;

/**
 * Writes the diffs of DOMAIN.md §6.2: a {@link LevelDiff} as {@code {"kind": "level-diff",
 * "framework", "from", "to", "criteria": [{name, from, to, changed}]}} and a {@link FrameworkDiff}
 * as {@code {"kind": "framework-diff", "framework", "from", "to", "changes": [{name, from, to}],
 * "tracks": {"added", "removed", "changed": [{id, changes}]}, "levels": {…}}}. A value not stated
 * is {@code null}; a number, scope, text or list is written as JSON writes it.
 */
public final class Diffs {
  private Diffs() {}

  /**
   * Writes a level diff's members.
   *
   * @param out where to write
   * @param diff the diff
   */
  public static void writeLevelDiff(Out out, LevelDiff diff) {
    out.string("kind", "level-diff")
        .string("framework", diff.framework())
        .string("from", diff.fromLevel())
        .string("to", diff.toLevel())
        .objects(
            "criteria",
            diff.criteria(),
            (o, c) -> {
              change(o, c);
              o.bool("changed", c.changed());
            });
  }

  /**
   * Writes a framework diff's members.
   *
   * @param out where to write
   * @param diff the diff
   */
  public static void writeFrameworkDiff(Out out, FrameworkDiff diff) {
    out.string("kind", "framework-diff")
        .string("framework", diff.framework())
        .stringOrNull("from", diff.fromRevision())
        .stringOrNull("to", diff.toRevision())
        .objects("changes", diff.changes(), Diffs::change)
        .object(
            "tracks",
            diff,
            (o, d) -> elements(o, d.tracksAdded(), d.tracksRemoved(), d.tracksChanged()))
        .object(
            "levels",
            diff,
            (o, d) -> elements(o, d.levelsAdded(), d.levelsRemoved(), d.levelsChanged()));
  }

  private static void elements(
      Out out, List<String> added, List<String> removed, List<ElementChange> changed) {
    out.strings("added", added)
        .strings("removed", removed)
        .objects(
            "changed",
            changed,
            (o, e) -> o.string("id", e.id()).objects("changes", e.changes(), Diffs::change));
  }

  private static void change(Out out, CriterionChange change) {
    out.string("name", change.name());
    value(out, "from", change.before());
    value(out, "to", change.after());
  }

  private static void value(Out out, String name, Optional<Object> value) {
    out.generator().writeName(name);
    write(out, value.orElse(null));
  }

  private static void write(Out out, Object value) {
    if (value == null) {
      out.generator().writeNull();
    } else if (value instanceof Tokenized) {
      out.generator().writeString(((Tokenized) value).token());
    } else if (value instanceof Integer || value instanceof Long) {
      out.generator().writeNumber(((Number) value).longValue());
    } else if (value instanceof Number) {
      out.generator().writeNumber(((Number) value).doubleValue());
    } else if (value instanceof List<?>) {
      out.generator().writeStartArray();
      for (Object element : (List<?>) value) {
        write(out, element);
      }
      out.generator().writeEndArray();
    } else {
      out.generator().writeString(String.valueOf(value));
    }
  }
}
