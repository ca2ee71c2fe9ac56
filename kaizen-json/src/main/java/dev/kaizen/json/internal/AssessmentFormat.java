package dev.kaizen.json.internal;

import dev.kaizen.Model;
import dev.kaizen.Models;
import dev.kaizen.core.Scope;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.matrix.AssessmentDerived;
import dev.kaizen.matrix.AssessmentForm;
import dev.kaizen.matrix.NextFocus;
import dev.kaizen.matrix.Position;
import dev.kaizen.matrix.Quadrant;
import java.util.List;

/**
 * The JSON format of an assessment on the competence/influence matrix, DOMAIN.md §5, in either
 * form: single ({@code "date", "expertise", "changeSkill", "scope"} on the document) or trajectory
 * ({@code "history": [...]}, at least one entry). The form read is kept on the {@link Assessment}
 * and written back, so that write-then-read gives an equal object. Mixing the forms is bad input
 * (the other form's members are unknown properties).
 */
public final class AssessmentFormat implements DocumentFormat<Assessment, AssessmentDerived> {
  @Override
  public Model<Assessment, AssessmentDerived> model() {
    return Models.ASSESSMENT;
  }

  @Override
  public Assessment read(Fields f) {
    String subject = f.string("subject");
    if (f.has("history")) {
      List<Position> history = f.objects("history", "a history entry", AssessmentFormat::position);
      if (history.isEmpty()) {
        throw f.required("history")
            .bad("the history is empty; list at least one position, oldest first");
      }
      return Assessment.builder()
          .subject(subject)
          .history(history)
          .form(AssessmentForm.TRAJECTORY)
          .build();
    }
    if (!f.has("date") && !f.has("expertise") && !f.has("changeSkill") && !f.has("scope")) {
      throw f.node()
          .bad(
              "an assessment needs either \"history\" (a trajectory) or \"date\", \"expertise\", "
                  + "\"changeSkill\" and \"scope\" (a single position)");
    }
    return Assessment.builder()
        .subject(subject)
        .addHistory(position(f))
        .form(AssessmentForm.SINGLE)
        .build();
  }

  private static Position position(Fields f) {
    return Position.builder()
        .date(f.date("date"))
        .expertise(f.number("expertise"))
        .changeSkill(f.number("changeSkill"))
        .scope(f.token("scope", Scope.class))
        .build();
  }

  private static void position(Out out, Position p) {
    out.date("date", p.date())
        .number("expertise", p.expertise())
        .number("changeSkill", p.changeSkill())
        .token("scope", p.scope());
  }

  @Override
  public void write(Out out, Assessment a) {
    out.string("subject", a.subject());
    if (a.form() == AssessmentForm.SINGLE) {
      position(out, a.current());
    } else {
      out.objects("history", a.history(), AssessmentFormat::position);
    }
  }

  /** Writes {@code competence}, {@code influence}, {@code quadrant} and {@code nextFocus}. */
  @Override
  public void writeDerived(Out out, AssessmentDerived derived) {
    out.number("competence", derived.competence())
        .number("influence", derived.influence())
        .token("quadrant", derived.quadrant())
        .token("nextFocus", derived.nextFocus());
  }

  @Override
  public AssessmentDerived readDerived(Fields f) {
    return AssessmentDerived.builder()
        .competence(f.number("competence"))
        .influence(f.number("influence"))
        .quadrant(f.token("quadrant", Quadrant.class))
        .nextFocus(f.token("nextFocus", NextFocus.class))
        .build();
  }
}
