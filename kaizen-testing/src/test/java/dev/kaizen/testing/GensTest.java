package dev.kaizen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GensTest {
  @Test
  void intsStayInRangeAndHitTheEdges() {
    List<Integer> values = Gens.ints(-5, 37).samples(1, 2000);
    assertTrue(values.stream().allMatch(i -> i >= -5 && i <= 37));
    assertTrue(values.contains(-5) && values.contains(37) && values.contains(0));
  }

  @Test
  void doublesStayInRangeAndHitTheEdges() {
    List<Double> values = Gens.doubles(0.5, 10).samples(2, 2000);
    assertTrue(values.stream().allMatch(d -> d >= 0.5 && d <= 10));
    assertTrue(values.contains(0.5) && values.contains(10.0));
  }

  @Test
  void theSimplestDrawsGiveTheSimplestValues() {
    Choices zeros = Choices.replay(new long[0]);
    assertEquals(0, Gens.ints(-5, 5).generate(zeros));
    assertEquals(3, Gens.ints(3, 5).generate(zeros));
    assertEquals(List.of(), Gens.lists(Gens.booleans(), 0, 5).generate(zeros));
    assertEquals("a", Gens.words(1, 5).generate(zeros));
    assertEquals(
        LocalDate.of(2020, 1, 1),
        Gens.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)).generate(zeros));
    assertTrue(Gens.optionals(Gens.booleans()).generate(zeros).isEmpty());
  }

  @Test
  void shuffledIsAPermutation() {
    List<Integer> list = List.of(1, 2, 3, 4, 5, 6);
    Set<List<Integer>> seen = new HashSet<>();
    for (List<Integer> p : Gens.shuffled(list).samples(4, 300)) {
      assertEquals(Set.copyOf(list), Set.copyOf(p));
      seen.add(p);
    }
    assertTrue(seen.size() > 50, "many orders: " + seen.size());
  }

  @Test
  void replayingTheRecordedDrawsGivesAnEqualValue() {
    Choices original = Choices.seeded(8);
    List<String> value = Gens.lists(Gens.sentences(), 0, 10).generate(original);
    assertEquals(
        value, Gens.lists(Gens.sentences(), 0, 10).generate(Choices.replay(original.recorded())));
  }
}
