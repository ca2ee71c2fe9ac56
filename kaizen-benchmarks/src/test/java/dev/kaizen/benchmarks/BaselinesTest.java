package dev.kaizen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Document;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.json.ReadLimits;
import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Item;
import dev.kaizen.portfolio.PerQuadrant;
import dev.kaizen.portfolio.PortfolioPlanner;
import dev.kaizen.progression.ProgressionCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The baselines compute what they stand for, so that a ratio compares like with like. */
class BaselinesTest {
  private static final List<String> SAMPLES = List.of("kaizen", "a3", "progression-case");

  @Test
  void streamingBindsWhatDatabindBinds() {
    JsonMapper mapper = JsonMapper.builder().build();
    for (String sample : SAMPLES) {
      byte[] bytes = Samples.bytes(Samples.file(sample));
      Shapes.Doc bound = mapper.readValue(bytes, Shapes.Doc.class);
      assertEquals(bound, Streaming.read(bytes), sample);
      assertEquals(sample, bound.kind());
    }
  }

  @Test
  void everySampleIsValidForKaizen() {
    KaizenJson json = KaizenJson.defaults();
    for (String sample : SAMPLES) {
      Document document = json.read(Samples.bytes(Samples.file(sample)));
      assertTrue(Kaizen.validate(document).isValid(), sample);
    }
  }

  private static double value(List<Item> items) {
    return items.stream().mapToDouble(Item::worth).sum();
  }

  @Test
  void theTextbookKnapsackFindsThePlannersBestValue() {
    PerQuadrant shares = PerQuadrant.of(0.25, 0.25, 0.25, 0.25);
    for (int seed = 0; seed < 20; seed++) {
      List<Item> items = PlannerBenchmark.candidates(60 + seed, 300, seed);
      Allocation plan = PortfolioPlanner.plan(items, 300, shares);
      List<Item> textbook = Knapsack.plan(items, 300, shares);
      assertTrue(plan.exact());
      assertEquals(value(plan.chosen()), value(textbook), "seed " + seed);
      for (var p : dev.kaizen.portfolio.QuadrantPosition.values()) {
        double spent =
            textbook.stream().filter(i -> i.position() == p).mapToDouble(Item::cost).sum();
        assertTrue(spent <= 75, "seed " + seed + " " + p);
      }
    }
  }

  @Test
  void theScalingDocumentsAreReadAndHaveTheirSize() {
    KaizenJson json = KaizenJson.withLimits(ReadLimits.defaults().withMaxDocumentLength(1L << 30));
    Document progression = json.read(ScalingBenchmark.Documents.progressionCase(50));
    assertEquals(50, ((ProgressionCase) progression).evidence().size());
    assertTrue(Kaizen.validate(progression).isValid(), Kaizen.validate(progression).toString());
    for (byte[] bytes :
        List.of(
            ScalingBenchmark.Documents.portfolio(40), ScalingBenchmark.Documents.assessment(40))) {
      Document document = json.read(bytes);
      assertTrue(Kaizen.validate(document).isValid(), Kaizen.validate(document).toString());
      Kaizen.score(document);
    }
    assertEquals(1000, ScalingBenchmark.Documents.statement(1000).length());
  }
}
