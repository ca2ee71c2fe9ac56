package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.PrintableText;
import dev.kaizen.core.Scope;
import dev.kaizen.core.Tokenized;
import dev.kaizen.progression.Calibration;
import dev.kaizen.progression.Criterion;
import dev.kaizen.progression.CriterionName;
import dev.kaizen.progression.EvidenceStatus;
import dev.kaizen.progression.EvidenceSummary;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.LevelResult;
import dev.kaizen.progression.PinnedDecision;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.progression.ProgressionFocus;
import dev.kaizen.progression.Rater;
import dev.kaizen.progression.Rating;
import dev.kaizen.progression.TrackResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The JSON format of a progression case, DOMAIN.md §6: {@code {"kind": "progression-case",
 * "candidate", "targetLevel", "expertise", "framework": {a framework document}, "evidence": [kaizen
 * and a3 documents]}}. The framework and every evidence record are whole documents with their own
 * {@code kind} (and optional {@code version}), read and written by their own formats, so bad input
 * inside them is reported with its full path ({@code $.evidence[1].goal.baseline}).
 *
 * <p>Version 2 (DOMAIN.md §6.2) adds {@code "ladder"?}, {@code "ratings"?: [{"track", "milestone",
 * "rater", "by"?, "date"?, "evidence"?, "note"?}]} and {@code "calibrations"?: [{"track",
 * "milestone", "by", "reason"}]}; its inline framework may be version 1 or 2. A negative milestone
 * is bad input where it is written; a version 1 case has none of these members.
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
  public List<Integer> versions() {
    return List.of(1, 2);
  }

  @Override
  public int version(ProgressionCase c) {
    return c.version();
  }

  @Override
  public ProgressionCase read(Fields f) {
    return read(f, 1);
  }

  @Override
  public ProgressionCase read(Fields f, int version) {
    ProgressionCase.Builder c =
        ProgressionCase.builder()
            .version(version)
            .candidate(f.string("candidate"))
            .targetLevel(f.string("targetLevel"))
            .expertise(f.number("expertise"))
            .framework((Framework) Documents.read(f.required("framework"), FRAMEWORK))
            .evidence(f.array("evidence", node -> Documents.read(node, EVIDENCE)));
    if (version == 2) {
      c.ladder(f.optString("ladder"))
          .ratings(f.optObjects("ratings", "a rating", ProgressionCaseFormat::rating))
          .calibrations(
              f.optObjects("calibrations", "a calibration", ProgressionCaseFormat::calibration));
    }
    return c.build();
  }

  private static int milestone(Fields f) {
    Node node = f.required("milestone");
    int milestone = Fields.asWholeNumber(node);
    if (milestone < 0) {
      throw node.bad("a milestone is 0 or more, not " + milestone);
    }
    return milestone;
  }

  private static Rating rating(Fields f) {
    return Rating.builder()
        .track(f.string("track"))
        .milestone(milestone(f))
        .rater(f.token("rater", Rater.class))
        .by(f.optString("by"))
        .date(f.optDate("date"))
        .evidence(f.optStrings("evidence"))
        .note(f.optString("note"))
        .build();
  }

  private static Calibration calibration(Fields f) {
    return Calibration.builder()
        .track(f.string("track"))
        .milestone(milestone(f))
        .by(f.string("by"))
        .reason(f.string("reason"))
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
    if (c.isVersion2()) {
      out.optString("ladder", c.ladder())
          .objects(
              "ratings",
              c.ratings(),
              (o, r) ->
                  o.string("track", r.track())
                      .wholeNumber("milestone", r.milestone())
                      .token("rater", r.rater())
                      .optString("by", r.by())
                      .optDate("date", r.date())
                      .optStrings("evidence", r.evidence())
                      .optString("note", r.note()))
          .objects(
              "calibrations",
              c.calibrations(),
              (o, k) ->
                  o.string("track", k.track())
                      .wholeNumber("milestone", k.milestone())
                      .string("by", k.by())
                      .string("reason", k.reason()));
    }
  }

  /**
   * Writes the evaluation's {@code competence}, {@code influence}, {@code changeSkill}, {@code
   * scope}, {@code evidenceCount}, {@code highestLevel} (null when none), {@code targetMet}, {@code
   * nextFocus}, {@code levels} (each {@code {id, met, criteria: [{name, required, actual, met}],
   * title, rank}}) and {@code evidence} (each {@code {path, kind, id, status, rigour, scope}}).
   *
   * <p>A version 2 case's values add {@code points}, {@code ladder}, {@code equivalents}, {@code
   * gaps} ({@code [{name, required, actual}]}), {@code tracks} (each {@code {id, counted, self,
   * selfGap, calibratedBy, reason, aggregate, ratings, points}}, null when absent) and {@code
   * decision} ({@code {framework, revision, policy, inputDigest}}); each level adds its {@code
   * ladder}, and criteria are named {@code competence}, {@code scope}, {@code evidence}, {@code
   * points} and {@code milestones.TRACK}.
   */
  @Override
  public void writeDerived(Out out, ProgressionCaseDerived e) {
    boolean v2 = e.version() == 2;
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
            (o, level) -> {
              o.string("id", level.id())
                  .bool("met", level.met())
                  .objects("criteria", level.criteria(), ProgressionCaseFormat::criterion)
                  .string("title", level.level().title())
                  .wholeNumber("rank", level.rank());
              if (v2) {
                o.string("ladder", level.level().ladderName());
              }
            })
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
    if (!v2) {
      return;
    }
    out.number("points", e.points())
        .string("ladder", e.ladder())
        .strings("equivalents", e.equivalents())
        .objects(
            "gaps",
            e.gaps(),
            (o, c) -> {
              o.string("name", c.key());
              criterionValue(o, "required", c.required());
              criterionValue(o, "actual", c.actual());
            })
        .objects(
            "tracks",
            e.tracks(),
            (o, t) -> {
              o.string("id", t.id()).wholeNumber("counted", t.counted());
              wholeNumberOrNull(o, "self", t.self());
              wholeNumberOrNull(o, "selfGap", t.selfGap());
              o.stringOrNull("calibratedBy", t.calibratedBy())
                  .stringOrNull("reason", t.calibration().map(Calibration::reason));
              wholeNumberOrNull(o, "aggregate", t.aggregate());
              o.generator().writeName("ratings");
              o.generator().writeStartArray();
              t.ratings().forEach(i -> o.generator().writeNumber(i));
              o.generator().writeEndArray();
              o.number("points", t.points());
            })
        .objectOrNull(
            "decision",
            e.decision(),
            (o, d) ->
                o.string("framework", d.framework())
                    .stringOrNull("revision", d.revision())
                    .string("policy", d.policy())
                    .stringOrNull("inputDigest", d.inputDigest()));
  }

  private static void wholeNumberOrNull(Out out, String name, OptionalInt value) {
    if (value.isPresent()) {
      out.wholeNumber(name, value.getAsInt());
    } else {
      out.generator().writeNullProperty(name);
    }
  }

  private static OptionalInt nullableWholeNumber(Fields f, String name) {
    return f.nullable(name)
        .map(n -> OptionalInt.of(Fields.asWholeNumber(n)))
        .orElse(OptionalInt.empty());
  }

  @Override
  public ProgressionCaseDerived readDerived(Fields f) {
    boolean v2 = f.has("ladder");
    double competence = f.number("competence");
    double influence = f.number("influence");
    double changeSkill = f.number("changeSkill");
    Scope scope = f.token("scope", Scope.class);
    int evidenceCount = f.wholeNumber("evidenceCount");
    Actuals actuals = new Actuals(competence, scope, evidenceCount, v2);
    ProgressionCaseDerived.Builder derived =
        ProgressionCaseDerived.builder()
            .competence(competence)
            .influence(influence)
            .changeSkill(changeSkill)
            .scope(scope)
            .evidenceCount(evidenceCount)
            .highestLevel(f.nullableString("highestLevel"))
            .targetMet(f.bool("targetMet"))
            .nextFocus(f.token("nextFocus", ProgressionFocus.class))
            .levels(f.objects("levels", "a level's result", l -> levelResult(l, actuals)))
            .evidence(
                f.objects(
                    "evidence",
                    "an evidence record's summary",
                    r ->
                        EvidenceSummary.builder()
                            .path(Fields.asPath(r.required("path")))
                            .kind(r.token("kind", DocumentKind.class))
                            .id(r.string("id"))
                            .status(r.token("status", EvidenceStatus.class))
                            .rigour(r.number("rigour"))
                            .scope(r.token("scope", Scope.class))
                            .build()));
    if (!v2) {
      return derived.build();
    }
    derived
        .version(2)
        .points(f.number("points"))
        .ladder(f.string("ladder"))
        .equivalents(f.strings("equivalents"));
    Node gaps = f.required("gaps");
    derived
        .tracks(f.objects("tracks", "a track's result", ProgressionCaseFormat::trackResult))
        .decision(
            f.<PinnedDecision>object(
                "decision",
                "a pinned decision",
                d ->
                    PinnedDecision.builder()
                        .framework(d.string("framework"))
                        .revision(d.nullableString("revision"))
                        .policy(d.string("policy"))
                        .inputDigest(d.nullableString("inputDigest"))
                        .build()));
    ProgressionCaseDerived result = derived.build();
    int written = Fields.asArray(gaps).elements().size();
    if (written != result.gaps().size()) {
      throw gaps.bad(
          "gaps must be the "
              + result.gaps().size()
              + " unmet criteria of the lowest unmet level, not "
              + written);
    }
    return result;
  }

  private static TrackResult trackResult(Fields f) {
    String id = f.string("id");
    int counted = f.wholeNumber("counted");
    OptionalInt self = nullableWholeNumber(f, "self");
    Node selfGapNode = f.nullable("selfGap").orElse(null);
    Optional<String> calibratedBy = f.nullableString("calibratedBy");
    Optional<String> reason = f.nullableString("reason");
    if (calibratedBy.isPresent() != reason.isPresent()) {
      throw f.node().bad("calibratedBy and reason are both null or both given");
    }
    TrackResult track =
        TrackResult.builder()
            .id(id)
            .counted(counted)
            .self(self)
            .calibration(
                calibratedBy.map(
                    by ->
                        Calibration.builder()
                            .track(id)
                            .milestone(counted)
                            .by(by)
                            .reason(reason.orElseThrow())
                            .build()))
            .aggregate(nullableWholeNumber(f, "aggregate"))
            .ratings(f.array("ratings", Fields::asWholeNumber))
            .points(f.number("points"))
            .build();
    OptionalInt selfGap =
        selfGapNode == null
            ? OptionalInt.empty()
            : OptionalInt.of(Fields.asWholeNumber(selfGapNode));
    if (!selfGap.equals(track.selfGap())) {
      throw (selfGapNode == null ? f.node() : selfGapNode)
          .bad("selfGap must be the self rating minus the counted milestone, " + track.selfGap());
    }
    return track;
  }

  /** What every level's unstated criteria are judged against: the case's figures. */
  private record Actuals(double competence, Scope scope, int evidenceCount, boolean v2) {}

  /**
   * A level's result. Version 1: its criteria are competence, scope and evidence, in that order.
   * Version 2: the criteria it states, in report order (competence, scope, evidence, points, then
   * milestones.TRACK); an unstated §6 criterion is judged with the value everyone reaches.
   */
  private static LevelResult levelResult(Fields f, Actuals actuals) {
    String id = f.string("id");
    boolean met = f.bool("met");
    Node criteria = f.required("criteria");
    List<Node> nodes = Fields.asArray(criteria).elements();
    if (!actuals.v2()) {
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
    String title = f.string("title");
    int rank = f.wholeNumber("rank");
    FrameworkLevel.Builder level =
        FrameworkLevel.builder().id(id).title(title).ladder(f.string("ladder")).rank(rank);
    Criterion<Double> competence = null;
    Criterion<Scope> scope = null;
    Criterion<Integer> evidence = null;
    Criterion<Double> points = null;
    List<Criterion<Integer>> milestones = new java.util.ArrayList<>();
    int order = -1;
    for (Node node : nodes) {
      String name = Fields.asString(new Fields(node, "a criterion").required("name"));
      int position;
      if (name.equals("competence")) {
        position = 0;
        competence = criterion(node, CriterionName.COMPETENCE, Fields::asNumber);
        level.minCompetence(competence.required());
      } else if (name.equals("scope")) {
        position = 1;
        scope = criterion(node, CriterionName.SCOPE, n -> Fields.asToken(n, Scope.class));
        level.minScope(scope.required());
      } else if (name.equals("evidence")) {
        position = 2;
        evidence = criterion(node, CriterionName.EVIDENCE, Fields::asWholeNumber);
        level.minEvidence(evidence.required());
      } else if (name.equals("points")) {
        position = 3;
        points = criterion(node, CriterionName.POINTS, Fields::asNumber);
        level.minPoints(points.required());
      } else if (name.startsWith("milestones.") && name.length() > "milestones.".length()) {
        position = 4;
        Criterion<Integer> m = criterion(node, CriterionName.MILESTONES, Fields::asWholeNumber);
        m =
            Criterion.<Integer>builder()
                .from(m)
                .track(name.substring("milestones.".length()))
                .build();
        milestones.add(m);
        level.putMinMilestones(m.track().orElseThrow(), m.required());
      } else {
        throw node.bad(
            "unknown criterion \""
                + PrintableText.escape(name)
                + "\"; the criteria are competence, scope, evidence, points and milestones.TRACK");
      }
      if (position < order || (position == order && position < 4)) {
        throw node.bad(
            "the criteria come in the order competence, scope, evidence, points, milestones.TRACK,"
                + " each once");
      }
      order = position;
    }
    FrameworkLevel built = Fields.build(f.node(), level::build);
    return LevelResult.builder()
        .level(built)
        .rank(rank)
        .competence(
            competence != null
                ? competence
                : Criterion.<Double>builder()
                    .name(CriterionName.COMPETENCE)
                    .required(built.minCompetence())
                    .actual(actuals.competence())
                    .met(actuals.competence() >= built.minCompetence())
                    .build())
        .scope(
            scope != null
                ? scope
                : Criterion.<Scope>builder()
                    .name(CriterionName.SCOPE)
                    .required(built.minScope())
                    .actual(actuals.scope())
                    .met(actuals.scope().isAtLeast(built.minScope()))
                    .build())
        .evidence(
            evidence != null
                ? evidence
                : Criterion.<Integer>builder()
                    .name(CriterionName.EVIDENCE)
                    .required(built.minEvidence())
                    .actual(actuals.evidenceCount())
                    .met(actuals.evidenceCount() >= built.minEvidence())
                    .build())
        .points(Optional.ofNullable(points))
        .milestones(milestones)
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
          String text = Fields.asString(named);
          boolean matches =
              name == CriterionName.MILESTONES
                  ? text.startsWith(name.token() + ".")
                  : text.equals(name.token());
          if (!matches) {
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
    out.string("name", criterion.key());
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
