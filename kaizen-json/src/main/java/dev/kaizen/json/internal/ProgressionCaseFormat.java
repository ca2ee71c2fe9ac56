package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Tokenized;
import dev.kaizen.progression.Criterion;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.progression.ProgressionEvaluation;
import java.util.EnumSet;
import java.util.Set;

/**
 * The JSON format of a progression case, DOMAIN.md §6: {@code {"kind": "progression-case",
 * "candidate", "targetLevel", "expertise", "framework": {a framework document}, "evidence": [kaizen
 * and a3 documents]}}. The framework and every evidence record are whole documents with their own
 * {@code kind} (and optional {@code version}), read and written by their own formats, so bad input
 * inside them is reported with its full path ({@code $.evidence[1].goal.baseline}).
 */
public final class ProgressionCaseFormat
    implements DocumentFormat<ProgressionCase, ProgressionCaseDerived> {
  private static final Set<DocumentKind> FRAMEWORK = EnumSet.of(DocumentKind.FRAMEWORK);
  private static final Set<DocumentKind> EVIDENCE =
      EnumSet.of(DocumentKind.KAIZEN, DocumentKind.A3);

  @Override
  public Model<ProgressionCase, ProgressionCaseDerived> model() {
    return Models.PROGRESSION_CASE;
  }

  @Override
  public ProgressionCase read(Fields f) {
    return ProgressionCase.builder()
        .candidate(f.string("candidate"))
        .targetLevel(f.string("targetLevel"))
        .expertise(f.number("expertise"))
        .framework((Framework) Documents.read(f.required("framework"), FRAMEWORK))
        .evidence(f.array("evidence", node -> Documents.read(node, EVIDENCE)))
        .build();
  }

  @Override
  public void write(Out out, ProgressionCase c) {
    out.string("candidate", c.candidate())
        .string("targetLevel", c.targetLevel())
        .number("expertise", c.expertise());
    out.generator().writeName("framework");
    Documents.write(out, c.framework());
    out.generator().writeName("evidence");
    out.generator().writeStartArray();
    for (Document record : c.evidence()) {
      Documents.write(out, record);
    }
    out.generator().writeEndArray();
  }

  /**
   * Writes the evaluation's {@code competence}, {@code influence}, {@code changeSkill}, {@code
   * scope}, {@code evidenceCount}, {@code highestLevel} (null when none), {@code targetMet}, {@code
   * nextFocus}, {@code levels} (each {@code {id, met, criteria: [{name, required, actual, met}]}})
   * and {@code evidence} (each {@code {path, kind, id, status, rigour, scope}}).
   */
  @Override
  public void writeDerived(Out out, ProgressionCaseDerived derived) {
    ProgressionEvaluation e = derived.evaluation();
    out.number("competence", e.competence())
        .number("influence", e.influence())
        .number("changeSkill", e.changeSkill())
        .token("scope", e.scope())
        .wholeNumber("evidenceCount", e.evidenceCount())
        .stringOrNull("highestLevel", e.highestLevel().map(FrameworkLevel::id))
        .bool("targetMet", e.targetMet())
        .token("nextFocus", e.nextFocus())
        .objects(
            "levels",
            e.levels(),
            (o, level) ->
                o.string("id", level.id())
                    .bool("met", level.met())
                    .objects("criteria", level.criteria(), ProgressionCaseFormat::criterion))
        .objects(
            "evidence",
            e.records(),
            (o, r) ->
                o.string("path", r.path().toString())
                    .token("kind", r.kind())
                    .string("id", r.id())
                    .token("status", r.status())
                    .number("rigour", r.rigour())
                    .token("scope", r.scope()));
  }

  private static void criterion(Out out, Criterion<?> criterion) {
    out.token("name", criterion.name());
    criterionValue(out, "required", criterion.required());
    criterionValue(out, "actual", criterion.actual());
    out.bool("met", criterion.met());
  }

  /** A criterion's value: a token for an enum (a scope), else a whole number or a number. */
  private static void criterionValue(Out out, String name, Object value) {
    if (value instanceof Tokenized) {
      out.token(name, (Tokenized) value);
    } else if (value instanceof Integer || value instanceof Long) {
      out.wholeNumber(name, ((Number) value).longValue());
    } else if (value instanceof Number) {
      out.number(name, ((Number) value).doubleValue());
    } else {
      out.string(name, String.valueOf(value));
    }
  }
}
