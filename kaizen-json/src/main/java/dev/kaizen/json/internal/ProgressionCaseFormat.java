package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.Scope;
import dev.kaizen.core.Tokenized;
import dev.kaizen.progression.Criterion;
import dev.kaizen.progression.CriterionName;
import dev.kaizen.progression.EvidenceStatus;
import dev.kaizen.progression.EvidenceSummary;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.LevelResult;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.progression.ProgressionFocus;
import dev.kaizen.validation.JsonPath;
import java.util.EnumSet;
import java.util.List;
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
  public void writeDerived(Out out, ProgressionCaseDerived e) {
    out.number("competence", e.competence())
        .number("influence", e.influence())
        .number("changeSkill", e.changeSkill())
        .token("scope", e.scope())
        .wholeNumber("evidenceCount", e.evidenceCount())
        .stringOrNull("highestLevel", e.highestLevel())
        .bool("targetMet", e.targetMet())
        .token("nextFocus", e.nextFocus())
        .objects(
            "levels",
            e.levels(),
            (o, level) ->
                o.string("id", level.id())
                    .bool("met", level.met())
                    .objects("criteria", level.criteria(), ProgressionCaseFormat::criterion)
                    .string("title", level.level().title())
                    .wholeNumber("rank", level.rank()))
        .objects(
            "evidence",
            e.evidence(),
            (o, r) ->
                o.string("path", r.path().toString())
                    .token("kind", r.kind())
                    .string("id", r.id())
                    .token("status", r.status())
                    .number("rigour", r.rigour())
                    .token("scope", r.scope()));
  }

  @Override
  public ProgressionCaseDerived readDerived(Fields f) {
    return ProgressionCaseDerived.builder()
        .competence(f.number("competence"))
        .influence(f.number("influence"))
        .changeSkill(f.number("changeSkill"))
        .scope(f.token("scope", Scope.class))
        .evidenceCount(f.wholeNumber("evidenceCount"))
        .highestLevel(f.nullableString("highestLevel"))
        .targetMet(f.bool("targetMet"))
        .nextFocus(f.token("nextFocus", ProgressionFocus.class))
        .levels(f.objects("levels", "a level's result", ProgressionCaseFormat::levelResult))
        .evidence(
            f.objects(
                "evidence",
                "an evidence record's summary",
                r ->
                    EvidenceSummary.builder()
                        .path(path(r.required("path")))
                        .kind(r.token("kind", DocumentKind.class))
                        .id(r.string("id"))
                        .status(r.token("status", EvidenceStatus.class))
                        .rigour(r.number("rigour"))
                        .scope(r.token("scope", Scope.class))
                        .build()))
        .build();
  }

  private static JsonPath path(Node node) {
    String text = Fields.asString(node);
    try {
      return JsonPath.parse(text);
    } catch (IllegalArgumentException e) {
      throw node.bad(node.shown() + " is not a JSON path such as \"$.evidence[0]\"");
    }
  }

  /** A level's result: its criteria are competence, scope and evidence, in that order. */
  private static LevelResult levelResult(Fields f) {
    String id = f.string("id");
    boolean met = f.bool("met");
    Node criteria = f.required("criteria");
    List<Node> nodes = Fields.asArray(criteria).elements();
    if (nodes.size() != 3) {
      throw criteria.bad(
          "a level's criteria are competence, scope and evidence, in that order; found "
              + nodes.size()
              + " criteria");
    }
    Criterion<Double> competence =
        criterion(nodes.get(0), CriterionName.COMPETENCE, Fields::asNumber);
    Criterion<Scope> scope =
        criterion(nodes.get(1), CriterionName.SCOPE, n -> Fields.asToken(n, Scope.class));
    Criterion<Integer> evidence =
        criterion(nodes.get(2), CriterionName.EVIDENCE, Fields::asWholeNumber);
    FrameworkLevel level =
        FrameworkLevel.builder()
            .id(id)
            .title(f.string("title"))
            .minCompetence(competence.required())
            .minScope(scope.required())
            .minEvidence(evidence.required())
            .build();
    return LevelResult.builder()
        .level(level)
        .rank(f.wholeNumber("rank"))
        .competence(competence)
        .scope(scope)
        .evidence(evidence)
        .met(met)
        .build();
  }

  private static <T> Criterion<T> criterion(
      Node node, CriterionName name, java.util.function.Function<Node, T> value) {
    return Fields.bind(
        node,
        "a criterion",
        c -> {
          Node named = c.required("name");
          if (Fields.asToken(named, CriterionName.class) != name) {
            throw named.bad(
                "expected the criterion \"" + name.token() + "\" here, not " + named.shown());
          }
          return Criterion.<T>builder()
              .name(name)
              .required(value.apply(c.required("required")))
              .actual(value.apply(c.required("actual")))
              .met(c.bool("met"))
              .build();
        });
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
