package dev.kaizen.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import dev.kaizen.core.DocumentKind;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The declaration mechanism on a toy document of three figures. */
class ScoreDeclarationTest {
  /** A document whose three parts are its three figures. */
  record Doc(double a, double b, double c) {}

  private static final Map<String, ToDoubleFunction<Doc>> FORMULAS =
      ImmutableMap.of("a", Doc::a, "b", Doc::b, "c", Doc::c);

  /** The toy model's scorer, made the way every model's scorer is. */
  static final class ToyScorer extends DeclaredScorer<Doc> {
    ToyScorer(ScoreDeclaration<Doc> declaration, ScoringPolicy policy) {
      super(declaration, policy);
    }
  }

  /** Declares the parts {@code weights} names, in its order, each scoring the figure it names. */
  private static ScoreDeclaration<Doc> declare(
      Map<String, Double> weights, Map<String, Double> thresholds) {
    ScoreDeclaration.Builder<Doc> builder =
        ScoreDeclaration.builder(DocumentKind.KAIZEN, "toy-default/1");
    weights.forEach((name, weight) -> builder.part(name, weight, FORMULAS.get(name)));
    thresholds.forEach(builder::threshold);
    return builder.build();
  }

  private static ScoreDeclaration<Doc> abc() {
    return declare(ImmutableMap.of("a", 0.2, "b", 0.3, "c", 0.5), ImmutableMap.of("cut", 0.5));
  }

  private static ScoringPolicy policy(
      DocumentKind model, Map<String, Double> weights, Map<String, Double> thresholds) {
    return ScoringPolicy.builder()
        .name("acme/2")
        .model(model)
        .weights(weights)
        .thresholds(thresholds)
        .build();
  }

  private static List<String> names(Score score) {
    return score.parts().stream().map(ScorePart::name).toList();
  }

  private static String message(Supplier<?> action) {
    return assertThrows(IllegalArgumentException.class, action::get).getMessage();
  }

  static Stream<List<String>> orders() {
    return Stream.of(
        List.of("a", "b", "c"), List.of("c", "a", "b"), List.of("b", "c", "a"), List.of("c"));
  }

  @ParameterizedTest
  @MethodSource("orders")
  void partsKeepTheDeclaredOrderEverywhere(List<String> order) {
    ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
    order.forEach(name -> weights.put(name, 1.0 / order.size()));
    ScoreDeclaration<Doc> declaration = declare(weights.buildOrThrow(), Map.of());
    assertEquals(order, declaration.partNames());
    assertEquals(order, declaration.parts().stream().map(PartDeclaration::name).toList());
    assertEquals(order, List.copyOf(declaration.defaultPolicy().weights().keySet()));
    Doc doc = new Doc(10, 20, 30);
    assertEquals(order, names(declaration.score(declaration.defaultPolicy(), doc)));
    // a policy that lists the weights in another order does not change the report order
    ImmutableMap.Builder<String, Double> reversed = ImmutableMap.builder();
    Lists.reverse(order).forEach(name -> reversed.put(name, 1.0 / order.size()));
    ScoringPolicy custom = policy(DocumentKind.KAIZEN, reversed.buildOrThrow(), Map.of());
    assertEquals(order, names(new ToyScorer(declaration, custom).score(doc)));
  }

  static Stream<Arguments> defaultPolicies() {
    return Stream.of(
        Arguments.of(ImmutableMap.of("a", 1.0), ImmutableMap.of()),
        Arguments.of(
            ImmutableMap.of("b", 0.25, "a", 0.75), ImmutableMap.of("cut", 0.5, "bar", -3.0)),
        Arguments.of(ImmutableMap.of("a", 0.2, "b", 0.3, "c", 0.5), ImmutableMap.of("zero", 0.0)));
  }

  @ParameterizedTest
  @MethodSource("defaultPolicies")
  void theDefaultPolicyHoldsTheDeclaredWeightsAndThresholdsInOrder(
      Map<String, Double> weights, Map<String, Double> thresholds) {
    ScoreDeclaration<Doc> declaration = declare(weights, thresholds);
    ScoringPolicy policy = declaration.defaultPolicy();
    assertEquals("toy-default/1", policy.name());
    assertEquals(DocumentKind.KAIZEN, policy.model());
    assertEquals(DocumentKind.KAIZEN, declaration.model());
    assertEquals(List.copyOf(weights.entrySet()), List.copyOf(policy.weights().entrySet()));
    assertEquals(List.copyOf(thresholds.entrySet()), List.copyOf(policy.thresholds().entrySet()));
    assertEquals(List.copyOf(thresholds.keySet()), declaration.thresholdNames());
    assertEquals(
        List.copyOf(thresholds.values()),
        declaration.thresholds().stream().map(ThresholdDeclaration::value).toList());
    assertSame(policy, declaration.defaultPolicy());
    assertSame(policy, new ToyScorer(declaration, policy).policy());
  }

  static Stream<Arguments> badShapes() {
    Map<String, Double> cut = ImmutableMap.of("cut", 0.5);
    return Stream.of(
        Arguments.of(
            policy(DocumentKind.A3, ImmutableMap.of("a", 0.2, "b", 0.3, "c", 0.5), cut),
            "policy acme/2 scores a3 documents, not kaizen"),
        Arguments.of(
            policy(DocumentKind.KAIZEN, ImmutableMap.of("a", 0.5, "c", 0.5), cut),
            "policy acme/2 must weigh exactly the parts [a, b, c], not [a, c]"),
        Arguments.of(
            policy(
                DocumentKind.KAIZEN, ImmutableMap.of("a", 0.2, "b", 0.3, "c", 0.4, "d", 0.1), cut),
            "policy acme/2 must weigh exactly the parts [a, b, c], not [a, b, c, d]"),
        Arguments.of(
            policy(DocumentKind.KAIZEN, ImmutableMap.of("a", 0.2, "bee", 0.3, "c", 0.5), cut),
            "policy acme/2 must weigh exactly the parts [a, b, c], not [a, bee, c]"),
        Arguments.of(
            policy(
                DocumentKind.KAIZEN,
                ImmutableMap.of("a", 0.2, "b", 0.3, "c", 0.5),
                ImmutableMap.of("cutt", 0.5)),
            "policy acme/2 sets the threshold cutt, which kaizen scoring does not have; its"
                + " thresholds are [cut]"));
  }

  @ParameterizedTest
  @MethodSource("badShapes")
  void aPolicyOfTheWrongShapeIsRejectedWithTodaysMessage(ScoringPolicy policy, String expected) {
    assertEquals(expected, message(() -> abc().requireShape(policy)));
    assertEquals(expected, message(() -> new ToyScorer(abc(), policy)));
  }

  @Test
  void aThresholdThePolicyLeavesOutTakesItsDefault() {
    ScoringPolicy policy =
        policy(DocumentKind.KAIZEN, ImmutableMap.of("c", 0.5, "b", 0.3, "a", 0.2), Map.of());
    ScoringPolicy complete = abc().requireShape(policy);
    assertEquals(policy.withThresholds(abc().defaultPolicy().thresholds()), complete);
    assertEquals(complete, new ToyScorer(abc(), policy).policy());
    ScoringPolicy set =
        policy(
            DocumentKind.KAIZEN, ImmutableMap.of("c", 0.5, "b", 0.3, "a", 0.2), Map.of("cut", 0.7));
    assertSame(set, abc().requireShape(set));
    assertEquals(0.7, abc().thresholds().get(0).valueIn(set), 0);
  }

  static Stream<Arguments> clamping() {
    return Stream.of(
        Arguments.of(-5.0, 0.0),
        Arguments.of(-0.0, 0.0),
        Arguments.of(0.0, 0.0),
        Arguments.of(42.5, 42.5),
        Arguments.of(100.0, 100.0),
        Arguments.of(100.000000001, 100.0),
        Arguments.of(250.0, 100.0),
        Arguments.of(Double.NEGATIVE_INFINITY, 0.0),
        Arguments.of(Double.POSITIVE_INFINITY, 100.0));
  }

  @ParameterizedTest
  @MethodSource("clamping")
  void partValuesAreClampedIntoZeroToOneHundred(double formula, double expected) {
    ScoreDeclaration<Doc> declaration = declare(ImmutableMap.of("a", 0.5, "b", 0.5), Map.of());
    Score score = declaration.score(declaration.defaultPolicy(), new Doc(formula, formula, 0));
    assertEquals(expected, score.part("a").orElseThrow().value(), 0);
    assertEquals(expected, score.total(), 1e-12);
    assertEquals(
        expected,
        declaration.parts().get(0).valueOf(new Doc(formula, 0, 0), declaration.defaultPolicy()),
        0);
  }

  @Test
  void aFormulaThatGivesNaNFailsLoudly() {
    ScoreDeclaration<Doc> declaration = declare(ImmutableMap.of("b", 1.0), Map.of());
    String m =
        message(() -> declaration.score(declaration.defaultPolicy(), new Doc(0, 0.0 / 0, 0)));
    assertEquals("value of part b must be in [0, 100], not NaN", m);
  }

  static Stream<Arguments> customWeights() {
    return Stream.of(
        Arguments.of(ImmutableMap.of("a", 0.2, "b", 0.3, "c", 0.5), 10 * 0.2 + 50 * 0.3 + 90 * 0.5),
        Arguments.of(ImmutableMap.of("a", 1.0, "b", 0.0, "c", 0.0), 10.0),
        Arguments.of(ImmutableMap.of("c", 0.6, "a", 0.1, "b", 0.3), 90 * 0.6 + 10 * 0.1 + 50 * 0.3),
        Arguments.of(ImmutableMap.of("b", 0.5, "c", 0.5, "a", 0.0), 70.0));
  }

  @ParameterizedTest
  @MethodSource("customWeights")
  void aCustomPolicySetsTheWeightsAndNamesTheScore(Map<String, Double> weights, double total) {
    ScoringPolicy policy = policy(DocumentKind.KAIZEN, weights, ImmutableMap.of("cut", 0.5));
    ToyScorer scorer = new ToyScorer(abc(), policy);
    assertSame(policy, scorer.policy());
    Score score = scorer.score(new Doc(10, 50, 90));
    assertEquals("acme/2", score.policy());
    assertEquals(List.of("a", "b", "c"), names(score));
    for (ScorePart part : score.parts()) {
      assertEquals(weights.get(part.name()), part.weight(), 0, part.name());
      assertEquals(
          weights.get(part.name()),
          abc().parts().stream()
              .filter(p -> p.name().equals(part.name()))
              .findFirst()
              .orElseThrow()
              .weightIn(policy),
          0);
    }
    assertEquals(List.of(10.0, 50.0, 90.0), score.parts().stream().map(ScorePart::value).toList());
    assertEquals(total, score.total(), 1e-9);
    // the default policy is untouched
    Score byDefault = new ToyScorer(abc(), abc().defaultPolicy()).score(new Doc(10, 50, 90));
    assertEquals("toy-default/1", byDefault.policy());
    assertEquals(10 * 0.2 + 50 * 0.3 + 90 * 0.5, byDefault.total(), 1e-9);
  }

  static Stream<Arguments> badDeclarations() {
    return Stream.of(
        Arguments.of(
            (Supplier<?>)
                () ->
                    ScoreDeclaration.<Doc>builder(DocumentKind.KAIZEN, "toy/1")
                        .part("a", 0.5, Doc::a)
                        .part("a", 0.5, Doc::b)
                        .build(),
            "policy toy/1: part a is declared twice in [a, a]"),
        Arguments.of(
            (Supplier<?>)
                () ->
                    ScoreDeclaration.<Doc>builder(DocumentKind.KAIZEN, "toy/1")
                        .part("a", 1, Doc::a)
                        .threshold("cut", 0.5)
                        .threshold("bar", 1)
                        .threshold("cut", 0.7)
                        .build(),
            "policy toy/1: threshold cut is declared twice in [cut, bar, cut]"),
        Arguments.of(
            (Supplier<?>) () -> ScoreDeclaration.<Doc>builder(DocumentKind.KAIZEN, "toy/1").build(),
            "policy toy/1 must weigh at least one part"),
        Arguments.of(
            (Supplier<?>)
                () ->
                    ScoreDeclaration.<Doc>builder(DocumentKind.KAIZEN, "toy/1")
                        .part("a", 0.5, Doc::a)
                        .part("b", 0.25, Doc::b)
                        .build(),
            "policy toy/1: weights must add up to 1, not 0.75"),
        Arguments.of(
            (Supplier<?>)
                () ->
                    ScoreDeclaration.<Doc>builder(DocumentKind.KAIZEN, " ")
                        .part("a", 1, Doc::a)
                        .build(),
            "policy name must not be blank, but was \" \""),
        Arguments.of(
            (Supplier<?>) () -> PartDeclaration.<Doc>of("", 1, (d, p) -> d.a()),
            "score part name must not be blank, but was \"\""),
        Arguments.of(
            (Supplier<?>) () -> PartDeclaration.<Doc>of("a", 1.5, (d, p) -> d.a()),
            "default weight of part a must be in [0, 1], not 1.5"),
        Arguments.of(
            (Supplier<?>) () -> ThresholdDeclaration.of("cut", Double.NaN),
            "default value of threshold cut must be a finite number, not NaN"),
        Arguments.of(
            (Supplier<?>) () -> ThresholdDeclaration.of(" ", 0.5),
            "threshold name must not be blank, but was \" \""));
  }

  @ParameterizedTest
  @MethodSource("badDeclarations")
  void aBadDeclarationIsRejectedNamingTheFault(Supplier<?> declaration, String expected) {
    assertEquals(expected, message(declaration));
  }

  @Test
  void aScorerKnowsItsDeclaration() {
    ScoreDeclaration<Doc> declaration = abc();
    assertSame(declaration, new ToyScorer(declaration, declaration.defaultPolicy()).declaration());
    String text = declaration.toString();
    assertTrue(text.contains("toy-default/1") && text.contains("cut"), text);
  }
}
