package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.PrintableText;
import dev.kaizen.core.Scope;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkDerived;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.Track;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON format of a progression framework, DOMAIN.md §6: {@code {"kind": "framework", "name",
 * "levels": [{"id", "title", "minCompetence", "minScope", "minEvidence"}]}}. A level's {@code
 * minCompetence} outside [0, 1] or a negative {@code minEvidence} is bad input at the level.
 *
 * <p>Version 2 (DOMAIN.md §6.2): {@code {"kind": "framework", "version": 2, "name", "revision",
 * "points"?, "tracks": [{"id", "title", "category"?, "weight"?, "milestones", "points"?}],
 * "levels": [{"id", "title", "ladder"?, "rank"?, "minPoints"?, "minMilestones"?, "minCompetence"?,
 * "minScope"?, "minEvidence"?}]}}; the framework's {@code points} are required when some track has
 * none of its own. A weight that is not greater than 0, a negative rank, minPoints or milestone is
 * bad input where it is written. A version 1 framework has none of the version 2 members: each is
 * an unknown property there.
 */
public final class FrameworkFormat implements DocumentFormat<Framework, FrameworkDerived> {
  @Override
  public Model<Framework, FrameworkDerived> model() {
    return Models.FRAMEWORK;
  }

  @Override
  public List<Integer> versions() {
    return List.of(1, 2);
  }

  @Override
  public int version(Framework framework) {
    return framework.version();
  }

  @Override
  public Framework read(Fields f) {
    return Framework.builder()
        .name(f.string("name"))
        .levels(f.objects("levels", "a level", FrameworkFormat::level))
        .build();
  }

  @Override
  public Framework read(Fields f, int version) {
    if (version == 1) {
      return read(f);
    }
    String name = f.string("name");
    String revision = f.string("revision");
    java.util.Optional<Node> pointsNode = f.optional("points");
    java.util.Optional<List<Double>> points = pointsNode.map(FrameworkFormat::points);
    List<Track> tracks = f.objects("tracks", "a track", FrameworkFormat::track);
    if (points.isEmpty()) {
      for (int i = 0; i < tracks.size(); i++) {
        if (tracks.get(i).points().isEmpty()) {
          throw f.node()
              .bad(
                  "the required property \"points\" is missing: track "
                      + PrintableText.escape(tracks.get(i).id())
                      + " has no points of its own, so the framework must give them");
        }
      }
    }
    List<FrameworkLevel> levels = f.objects("levels", "a level", FrameworkFormat::level2);
    return Framework.builder()
        .version(2)
        .name(name)
        .revision(revision)
        .points(points.map(com.google.common.collect.ImmutableList::copyOf))
        .tracks(tracks)
        .levels(levels)
        .build();
  }

  private static List<Double> points(Node node) {
    com.google.common.collect.ImmutableList.Builder<Double> values =
        com.google.common.collect.ImmutableList.builder();
    for (Node element : Fields.asArray(node).elements()) {
      values.add(Fields.asNumber(element));
    }
    return values.build();
  }

  private static Track track(Fields f) {
    Track.Builder track =
        Track.builder()
            .id(f.string("id"))
            .title(f.string("title"))
            .category(f.optString("category"));
    f.optNumber("weight").ifPresent(track::weight);
    track.milestones(f.strings("milestones"));
    f.optional("points").ifPresent(p -> track.points(immutable(points(p))));
    return track.build();
  }

  private static com.google.common.collect.ImmutableList<Double> immutable(List<Double> values) {
    return com.google.common.collect.ImmutableList.copyOf(values);
  }

  private static FrameworkLevel level2(Fields f) {
    FrameworkLevel.Builder level =
        FrameworkLevel.builder()
            .id(f.string("id"))
            .title(f.string("title"))
            .ladder(f.optString("ladder"))
            .rank(f.optWholeNumber("rank"))
            .minPoints(f.optNumber("minPoints"));
    f.optional("minMilestones").ifPresent(node -> level.minMilestones(milestones(node)));
    return level
        .minCompetence(f.optNumber("minCompetence"))
        .minScope(f.optToken("minScope", Scope.class))
        .minEvidence(f.optWholeNumber("minEvidence"))
        .build();
  }

  /** An object of whole numbers, track id to least milestone, in the order written. */
  private static Map<String, Integer> milestones(Node node) {
    return Fields.bind(
        node,
        "an object of track ids to milestones",
        fields -> {
          Map<String, Integer> values = new LinkedHashMap<>();
          for (String track : fields.node().members().keySet()) {
            Node value = fields.required(track);
            int milestone = Fields.asWholeNumber(value);
            if (milestone < 0) {
              throw value.bad("a milestone is 0 or more, not " + milestone);
            }
            values.put(track, milestone);
          }
          return values;
        });
  }

  private static FrameworkLevel level(Fields f) {
    return FrameworkLevel.builder()
        .id(f.string("id"))
        .title(f.string("title"))
        .minCompetence(f.number("minCompetence"))
        .minScope(f.token("minScope", Scope.class))
        .minEvidence(f.wholeNumber("minEvidence"))
        .build();
  }

  @Override
  public void write(Out out, Framework framework) {
    if (framework.isVersion2()) {
      write2(out, framework);
      return;
    }
    out.string("name", framework.name())
        .objects(
            "levels",
            framework.levels(),
            (o, l) ->
                o.string("id", l.id())
                    .string("title", l.title())
                    .number("minCompetence", l.minCompetence())
                    .token("minScope", l.minScope())
                    .wholeNumber("minEvidence", l.minEvidence()));
  }

  private static void write2(Out out, Framework framework) {
    out.string("name", framework.name()).optString("revision", framework.revision());
    framework.points().ifPresent(p -> numbers(out, "points", p));
    out.objects(
        "tracks",
        framework.tracks(),
        (o, t) -> {
          o.string("id", t.id())
              .string("title", t.title())
              .optString("category", t.category())
              .number("weight", t.weight())
              .strings("milestones", t.milestones());
          t.points().ifPresent(p -> numbers(o, "points", p));
        });
    out.objects(
        "levels",
        framework.levels(),
        (o, l) -> {
          o.string("id", l.id())
              .string("title", l.title())
              .optString("ladder", l.ladder())
              .optWholeNumber("rank", l.rank())
              .optNumber("minPoints", l.minPoints());
          if (!l.minMilestones().isEmpty()) {
            o.object(
                "minMilestones",
                l.minMilestones(),
                (m, entries) -> entries.forEach(m::wholeNumber));
          }
          o.optNumber("minCompetence", l.getMinCompetence())
              .optToken("minScope", l.getMinScope())
              .optWholeNumber("minEvidence", l.getMinEvidence());
        });
  }

  private static void numbers(Out out, String name, List<Double> values) {
    out.generator().writeName(name);
    out.generator().writeStartArray();
    for (double value : values) {
      out.generator().writeNumber(value);
    }
    out.generator().writeEndArray();
  }

  /** Writes {@code levels} (the level ids, lowest first) and {@code levelCount}. */
  @Override
  public void writeDerived(Out out, FrameworkDerived derived) {
    out.strings("levels", derived.levels()).wholeNumber("levelCount", derived.levelCount());
  }

  @Override
  public FrameworkDerived readDerived(Fields f) {
    FrameworkDerived derived = FrameworkDerived.builder().levels(f.strings("levels")).build();
    Node count = f.required("levelCount");
    if (Fields.asWholeNumber(count) != derived.levelCount()) {
      throw count.bad(
          "levelCount must be the number of levels, "
              + derived.levelCount()
              + ", not "
              + count.shown());
    }
    return derived;
  }
}
