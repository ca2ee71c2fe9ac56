package dev.kaizen.json.internal;

import dev.kaizen.Report;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Severity;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;

/**
 * Reads and writes what validating and scoring a document gives, DOMAIN.md §9 and §10: a {@link
 * Report} is {@code {"kind", "valid", "violations": [{path, code, severity, message}], "score":
 * {"policy", "total", "parts": [{name, weight, value}]}, "derived": {…}}}, {@code score} and {@code
 * derived} only when the report has them. Its parts (a score, a validation result, a violation) are
 * written here too, in the same shapes, for the Jackson module.
 */
public final class Results {
  private Results() {}

  /**
   * Writes a report as one JSON object.
   *
   * @param out where to write
   * @param report the report
   */
  public static void write(Out out, Report report) {
    out.generator().writeStartObject();
    writeMembers(out, report);
    out.generator().writeEndObject();
  }

  /**
   * Writes a report's members, without the braces, so that a caller can add its own after them (the
   * command line's {@code file} and {@code line}).
   *
   * @param out where to write
   * @param report the report
   */
  public static void writeMembers(Out out, Report report) {
    out.token("kind", report.kind());
    writeValidation(out, report.validation());
    report.score().ifPresent(s -> out.object("score", s, Results::writeScore));
    report
        .derived()
        .ifPresent(
            d -> {
              out.generator().writeName("derived");
              Documents.writeDerived(out, d);
            });
  }

  /**
   * Reads a report as {@link #write} writes it; {@code valid} must agree with the violations.
   *
   * @param f the report's object
   * @return the report
   */
  public static Report read(Fields f) {
    DocumentKind kind = f.token("kind", DocumentKind.class);
    Report.Builder report = Report.builder().kind(kind).violations(readValidation(f).violations());
    f.optObject("score", "a score", Results::readScore).ifPresent(report::score);
    f.optional("derived").ifPresent(d -> report.derived(Documents.readDerived(d, kind)));
    return report.build();
  }

  /**
   * Writes a violation's members: {@code path, code, severity, message}.
   *
   * @param out where to write
   * @param v the violation
   */
  public static void writeViolation(Out out, Violation v) {
    out.string("path", v.path().toString())
        .string("code", v.code())
        .token("severity", v.severity())
        .string("message", v.message());
  }

  /**
   * Reads a violation; its severity must be its code's.
   *
   * @param f the violation's object
   * @return the violation
   */
  public static Violation readViolation(Fields f) {
    JsonPath path = Fields.asPath(f.required("path"));
    Node codeNode = f.required("code");
    String code = Fields.asString(codeNode);
    RuleCode rule =
        RuleCode.ofCode(code)
            .orElseThrow(
                () ->
                    codeNode.bad(
                        "unknown rule code "
                            + codeNode.shown()
                            + "; the codes are listed in docs/rule-codes.md"));
    Node severityNode = f.required("severity");
    Severity severity = Fields.asToken(severityNode, Severity.class);
    if (severity != rule.severity()) {
      throw severityNode.bad(
          "the rule " + code + " is " + rule.severity().token() + ", not " + severity.token());
    }
    return Violation.of(path, rule, f.string("message"));
  }

  /**
   * Writes a validation result's members: {@code valid} and {@code violations}.
   *
   * @param out where to write
   * @param validation the validation result
   */
  public static void writeValidation(Out out, ValidationResult validation) {
    out.bool("valid", validation.isValid())
        .objects("violations", validation.violations(), Results::writeViolation);
  }

  /**
   * Reads a validation result; {@code valid} must agree with the violations.
   *
   * @param f the validation result's object
   * @return the validation result
   */
  public static ValidationResult readValidation(Fields f) {
    Node valid = f.required("valid");
    boolean claimed = Fields.asBoolean(valid);
    ValidationResult result =
        ValidationResult.builder()
            .violations(f.objects("violations", "a violation", Results::readViolation))
            .build();
    if (claimed != result.isValid()) {
      throw valid.bad(
          "\"valid\" must be "
              + result.isValid()
              + ": a document is valid exactly when none of its violations is an error");
    }
    return result;
  }

  /**
   * Writes a score's members: {@code policy, total, parts}.
   *
   * @param out where to write
   * @param score the score
   */
  public static void writeScore(Out out, Score score) {
    out.string("policy", score.policy())
        .number("total", score.total())
        .objects(
            "parts",
            score.parts(),
            (o, p) ->
                o.string("name", p.name()).number("weight", p.weight()).number("value", p.value()));
  }

  /**
   * Reads a score; its total must be the weighted sum of its parts, as written.
   *
   * @param f the score's object
   * @return the score
   */
  public static Score readScore(Fields f) {
    String policy = f.string("policy");
    Node totalNode = f.required("total");
    double total = Fields.asNumber(totalNode);
    Score score =
        Score.builder()
            .policy(policy)
            .parts(
                f.objects(
                    "parts",
                    "a score part",
                    p -> ScorePart.of(p.string("name"), p.number("weight"), p.number("value"))))
            .build();
    if (Double.compare(score.total(), total) != 0) {
      throw totalNode.bad(
          "the total must be the weighted sum of the parts, " + score.total() + ", not " + total);
    }
    return score;
  }
}
