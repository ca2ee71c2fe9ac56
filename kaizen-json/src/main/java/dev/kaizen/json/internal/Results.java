package dev.kaizen.json.internal;

import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.Score;
import dev.kaizen.validation.ValidationResult;
import java.util.Optional;

/**
 * Writes what validating and scoring a document gives, DOMAIN.md §9: {@code {"kind", "valid",
 * "violations": [{path, code, severity, message}], "score": {"policy", "total", "parts": [{name,
 * weight, value}]}, "derived": {…}}}, {@code score} and {@code derived} only when given.
 */
public final class Results {
  private Results() {}

  /**
   * Writes one result as a JSON object.
   *
   * @param out where to write
   * @param kind the document's kind
   * @param validation its validation
   * @param score its score, if it was scored
   * @param derived its derived values, if they were derived
   * @throws IllegalArgumentException when {@code derived} is of another kind than {@code kind}
   */
  public static void write(
      Out out,
      DocumentKind kind,
      ValidationResult validation,
      Optional<Score> score,
      Optional<? extends DerivedValues> derived) {
    derived.ifPresent(
        d -> {
          if (d.kind() != kind) {
            throw new IllegalArgumentException(
                "the derived values of a "
                    + d.kind().token()
                    + " document cannot be part of a "
                    + kind.token()
                    + " result");
          }
        });
    out.generator().writeStartObject();
    out.token("kind", kind).bool("valid", validation.isValid());
    writeViolations(out, validation);
    score.ifPresent(s -> out.object("score", s, Results::writeScore));
    derived.ifPresent(
        d -> {
          out.generator().writeName("derived");
          Documents.writeDerived(out, d);
        });
    out.generator().writeEndObject();
  }

  private static void writeViolations(Out out, ValidationResult validation) {
    out.objects(
        "violations",
        validation.violations(),
        (o, v) ->
            o.string("path", v.path().toString())
                .string("code", v.code())
                .token("severity", v.severity())
                .string("message", v.message()));
  }

  private static void writeScore(Out out, Score score) {
    out.string("policy", score.policy())
        .number("total", score.total())
        .objects(
            "parts",
            score.parts(),
            (o, p) ->
                o.string("name", p.name()).number("weight", p.weight()).number("value", p.value()));
  }
}
