package dev.kaizen.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import dev.kaizen.a3.A3Scorer;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.matrix.AssessmentScorer;
import dev.kaizen.portfolio.PortfolioScorer;
import dev.kaizen.progression.FrameworkScorer;
import dev.kaizen.progression.ProgressionCaseScorer;
import dev.kaizen.sixstep.KaizenRecordScorer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The six models' declarations give exactly the default policies they gave before. */
class ModelDeclarationsTest {
  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of(
            KaizenRecordScorer.defaults(),
            KaizenRecordScorer.DEFAULT_POLICY,
            KaizenRecordScorer.PARTS,
            (Function<ScoringPolicy, DeclaredScorer<?>>) KaizenRecordScorer::withPolicy,
            "kaizen-default/1",
            DocumentKind.KAIZEN,
            ImmutableMap.of("completeness", 0.3, "rigour", 0.3, "impact", 0.4),
            ImmutableMap.of("pareto-cut", 0.8)),
        Arguments.of(
            A3Scorer.defaults(),
            A3Scorer.DEFAULT_POLICY,
            A3Scorer.PARTS,
            (Function<ScoringPolicy, DeclaredScorer<?>>) A3Scorer::withPolicy,
            "a3-default/1",
            DocumentKind.A3,
            ImmutableMap.of(
                "completeness", 0.25, "smart", 0.25, "traceability", 0.2, "impact", 0.3),
            ImmutableMap.of()),
        Arguments.of(
            AssessmentScorer.defaults(),
            AssessmentScorer.DEFAULT_POLICY,
            AssessmentScorer.PARTS,
            (Function<ScoringPolicy, DeclaredScorer<?>>) AssessmentScorer::withPolicy,
            "matrix-default/1",
            DocumentKind.ASSESSMENT,
            ImmutableMap.of("leadership", 1.0),
            ImmutableMap.of("quadrant", 0.5)),
        Arguments.of(
            FrameworkScorer.defaults(),
            FrameworkScorer.DEFAULT_POLICY,
            FrameworkScorer.PARTS,
            (Function<ScoringPolicy, DeclaredScorer<?>>) FrameworkScorer::withPolicy,
            "framework-default/1",
            DocumentKind.FRAMEWORK,
            ImmutableMap.of("levels-valid", 1.0),
            ImmutableMap.of()),
        Arguments.of(
            ProgressionCaseScorer.defaults(),
            ProgressionCaseScorer.DEFAULT_POLICY,
            ProgressionCaseScorer.PARTS,
            (Function<ScoringPolicy, DeclaredScorer<?>>) ProgressionCaseScorer::withPolicy,
            "progression-default/1",
            DocumentKind.PROGRESSION_CASE,
            ImmutableMap.of("leadership", 1.0),
            ImmutableMap.of()),
        Arguments.of(
            PortfolioScorer.defaults(),
            PortfolioScorer.DEFAULT_POLICY,
            PortfolioScorer.PARTS,
            (Function<ScoringPolicy, DeclaredScorer<?>>) PortfolioScorer::withPolicy,
            "portfolio-default/1",
            DocumentKind.PORTFOLIO,
            ImmutableMap.of("adherence", 0.5, "coverage", 0.5),
            ImmutableMap.of("covered-share", 0.05, "drift", 0.1, "neglected-share", 0.05)));
  }

  @ParameterizedTest
  @MethodSource("models")
  void theDeclarationGivesTheDefaultPolicyAndParts(
      DeclaredScorer<?> defaults,
      ScoringPolicy defaultPolicy,
      List<String> parts,
      Function<ScoringPolicy, DeclaredScorer<?>> withPolicy,
      String name,
      DocumentKind model,
      Map<String, Double> weights,
      Map<String, Double> thresholds) {
    ScoringPolicy expected =
        ScoringPolicy.builder()
            .name(name)
            .model(model)
            .weights(weights)
            .thresholds(thresholds)
            .build();
    assertEquals(expected, defaultPolicy);
    assertEquals(List.copyOf(weights.entrySet()), List.copyOf(defaultPolicy.weights().entrySet()));
    assertEquals(List.copyOf(weights.keySet()), parts);
    assertSame(defaultPolicy, defaults.policy());
    assertSame(defaultPolicy, defaults.declaration().defaultPolicy());
    assertEquals(model, defaults.declaration().model());
    assertEquals(parts, defaults.declaration().partNames());
    assertEquals(List.copyOf(thresholds.keySet()), defaults.declaration().thresholdNames());
    ScoringPolicy renamed = ScoringPolicy.builder().from(defaultPolicy).name("acme/9").build();
    assertSame(renamed, withPolicy.apply(renamed).policy());
  }

  @ParameterizedTest
  @MethodSource("models")
  void withPolicyRejectsAnotherModelsPolicy(
      DeclaredScorer<?> defaults,
      ScoringPolicy defaultPolicy,
      List<String> parts,
      Function<ScoringPolicy, DeclaredScorer<?>> withPolicy,
      String name,
      DocumentKind model) {
    DocumentKind other = model == DocumentKind.A3 ? DocumentKind.KAIZEN : DocumentKind.A3;
    ScoringPolicy foreign = ScoringPolicy.builder().from(defaultPolicy).model(other).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> withPolicy.apply(foreign));
    assertEquals(
        "policy " + name + " scores " + other.token() + " documents, not " + model.token(),
        e.getMessage());
  }
}
