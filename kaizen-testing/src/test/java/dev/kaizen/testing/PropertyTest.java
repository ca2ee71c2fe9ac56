package dev.kaizen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyTest {
  @Test
  void aHoldingPropertyRunsEveryTry() {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll(Gens.ints(0, 10)).tries(50).seed(1).check(i -> runs.incrementAndGet());
    assertEquals(50, runs.get());
  }

  @Test
  void aFailureShrinksToTheBoundaryAndNamesTheSeed() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Property.forAll(Gens.ints(0, 1_000_000))
                    .seed(7)
                    .check(i -> assertTrue(i < 1000, "too big: " + i)));
    assertTrue(e.getMessage().contains("seed 7"), e.getMessage());
    assertTrue(e.getMessage().contains("-Dkaizen.seed=7"), e.getMessage());
    assertTrue(e.getMessage().contains("shrunk in"), e.getMessage());
    assertTrue(e.getMessage().contains("replays: 1000" + System.lineSeparator()), e.getMessage());
  }

  @Test
  void listsShrinkToTheSmallestFailingList() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Property.forAll(Gens.lists(Gens.ints(0, 100), 0, 20))
                    .seed(3)
                    .check(l -> assertTrue(l.size() < 3)));
    assertTrue(
        e.getMessage().contains("replays: [0, 0, 0]" + System.lineSeparator()), e.getMessage());
  }

  @Test
  void theSameSeedReplaysTheSameCounterexample() {
    Gen<List<Integer>> gen = Gens.lists(Gens.ints(-50, 50), 0, 10);
    String first =
        assertThrows(
                AssertionFailedError.class,
                () ->
                    Property.forAll(gen)
                        .seed(11)
                        .check(l -> assertTrue(l.stream().mapToInt(i -> i).sum() < 40)))
            .getMessage();
    String second =
        assertThrows(
                AssertionFailedError.class,
                () ->
                    Property.forAll(gen)
                        .seed(11)
                        .check(l -> assertTrue(l.stream().mapToInt(i -> i).sum() < 40)))
            .getMessage();
    assertEquals(first, second);
  }

  @Test
  void theCauseIsTheFailureOfTheShrunkValue() {
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                Property.forAll(Gens.ints(0, 100))
                    .seed(5)
                    .check(
                        i -> {
                          if (i > 10) {
                            throw new IllegalStateException("boom " + i);
                          }
                        }));
    assertEquals("boom 11", e.getCause().getMessage());
  }

  @Test
  void samplesAreReproducibleFromTheSeed() {
    Gen<String> gen = Gens.sentences();
    assertEquals(gen.samples(99, 20), gen.samples(99, 20));
  }

  @Test
  void badSettingsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.booleans()).tries(0));
    assertThrows(IllegalArgumentException.class, () -> Gens.ints(3, 2));
    assertThrows(IllegalArgumentException.class, () -> Gens.lists(Gens.booleans(), 2, 1));
  }
}
