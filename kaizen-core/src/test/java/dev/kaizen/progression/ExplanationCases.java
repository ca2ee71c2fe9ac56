package dev.kaizen.progression;

import static dev.kaizen.progression.Fixtures.a37;
import static dev.kaizen.progression.Fixtures.a37CheckedAt;
import static dev.kaizen.progression.Fixtures.caseWith;
import static dev.kaizen.progression.Fixtures.kz1;
import static dev.kaizen.progression.Fixtures.kz1EvaluatedAt;

import dev.kaizen.a3.A3;
import dev.kaizen.core.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Cases that reach every branch of the explanation; explanations.txt holds their text as {@code
 * ProgressionEvaluation.explain()} wrote it before the renderer moved to {@link
 * ProgressionExplanation}.
 */
final class ExplanationCases {
  private ExplanationCases() {}

  static Map<String, ProgressionCase> cases() {
    Map<String, ProgressionCase> cases = new LinkedHashMap<>();
    cases.put("senior", Fixtures.senior());
    cases.put(
        "two records, one without improvement", caseWith(List.of(kz1(), kz1EvaluatedAt(5.0))));
    cases.put("expertise 0.1", caseWith(List.of(kz1())).withExpertise(0.1));
    cases.put("expertise 0", caseWith(List.of(kz1())).withExpertise(0.0));
    cases.put("expertise 0.7", caseWith(List.of(kz1(), a37())).withExpertise(0.7));
    cases.put("expertise 1.5, clamped", caseWith(List.of(kz1(), a37())).withExpertise(1.5));
    cases.put("no evidence, unknown target", caseWith(List.of()).withTargetLevel("L9"));
    cases.put("A3 checked worse", caseWith(List.of(a37CheckedAt(30), kz1())));
    Framework capped =
        Framework.builder()
            .name("f")
            .addLevels(
                Fixtures.level("A", "a", 0.0, Scope.SELF, 5),
                Fixtures.level("B", "b", 0.0, Scope.SELF, 0))
            .build();
    cases.put("capped level", caseWith(List.of(kz1())).withFramework(capped).withTargetLevel("B"));
    Framework easy =
        Framework.builder()
            .name("f")
            .addLevels(Fixtures.level("A", "a", 0.0, Scope.SELF, 0))
            .build();
    cases.put("every level met", caseWith(List.of()).withFramework(easy).withTargetLevel("A"));
    A3 unchecked = a37().withCheck(a37().check().orElseThrow().withResult(OptionalDouble.empty()));
    cases.put("incomplete A3", caseWith(List.of(unchecked, kz1())).withExpertise(0.333333));
    return cases;
  }
}
