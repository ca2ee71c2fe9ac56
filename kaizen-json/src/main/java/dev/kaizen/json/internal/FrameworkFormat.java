package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.Scope;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkDerived;
import dev.kaizen.progression.FrameworkLevel;

/**
 * The JSON format of a progression framework, DOMAIN.md §6: {@code {"kind": "framework", "name",
 * "levels": [{"id", "title", "minCompetence", "minScope", "minEvidence"}]}}. A level's {@code
 * minCompetence} outside [0, 1] or a negative {@code minEvidence} is bad input at the level.
 */
public final class FrameworkFormat implements DocumentFormat<Framework, FrameworkDerived> {
  @Override
  public Model<Framework, FrameworkDerived> model() {
    return Models.FRAMEWORK;
  }

  @Override
  public Framework read(Fields f) {
    return Framework.builder()
        .name(f.string("name"))
        .levels(f.objects("levels", "a level", FrameworkFormat::level))
        .build();
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
