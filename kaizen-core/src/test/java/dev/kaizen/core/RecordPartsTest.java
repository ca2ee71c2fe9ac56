package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.a3.A3Section;
import dev.kaizen.sixstep.KaizenStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one "filled in order" computation, for the Kaizen steps and the A3 sections. Rows name parts
 * by number: {@code filled} the parts filled, {@code current} the first missing one (0: none),
 * {@code outOfOrder} each out-of-order part with the missing part it depends on, as {@code 4>3}.
 */
class RecordPartsTest {
  @ParameterizedTest(name = "Kaizen steps {0} filled: current {1}, out of order [{2}]")
  @CsvSource(
      delimiter = ';',
      value = {
        "1; 2; ",
        "1 2; 3; ",
        "1 2 3 4 5; 6; ",
        "1 2 3 4 5 6; 0; ",
        "1 3; 2; 3>2",
        "1 2 4 6; 3; 4>3 6>3",
        "1 3 4 5 6; 2; 3>2 4>2 5>2 6>2",
        "1 2 3 4 6; 5; 6>5",
        // step 1 is always filled in a KaizenRecord; the computation still follows the rule
        "; 1; ",
        "2; 1; 2>1",
      })
  void kaizenSteps(String filled, int current, String outOfOrder) {
    assertParts(KaizenStep.class, filled, current, outOfOrder);
  }

  @ParameterizedTest(name = "A3 sections {0} filled: current {1}, out of order [{2}]")
  @CsvSource(
      delimiter = ';',
      value = {
        "1 2 3; 4; ",
        "1 2 3 4; 5; ",
        "1 2 3 4 5 6; 7; ",
        "1 2 3 4 5 6 7; 0; ",
        "1 2 3 5; 4; 5>4",
        "1 2 3 4 6; 5; 6>5",
        "1 2 3 6 7; 4; 6>4 7>4",
        "1 2 3 4 5 7; 6; 7>6",
        "1 2 3 4 6 7; 5; 6>5 7>5",
        // the first three sections are always filled in an A3; every later one depends on them
        "1 2 4; 3; 4>3",
        "4; 1; 4>1",
      })
  void a3Sections(String filled, int current, String outOfOrder) {
    assertParts(A3Section.class, filled, current, outOfOrder);
  }

  private static <P extends Enum<P> & RecordPart> void assertParts(
      Class<P> type, String filled, int current, String outOfOrder) {
    Set<P> filledParts = parts(type, filled);
    RecordParts<P> parts = RecordParts.of(type, filledParts::contains);

    assertEquals(filledParts, parts.filled());
    List<P> missing = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(filledParts)));
    assertEquals(missing, parts.missing());
    assertEquals(
        current == 0 ? Optional.empty() : Optional.of(part(type, current)), parts.current());
    assertEquals(current == 0, parts.allFilled());
    for (P part : type.getEnumConstants()) {
      assertEquals(filledParts.contains(part), parts.isFilled(part), part::name);
    }

    Map<P, P> expected = new LinkedHashMap<>();
    if (outOfOrder != null) {
      for (String pair : outOfOrder.trim().split(" +")) {
        String[] numbers = pair.split(">");
        expected.put(
            part(type, Integer.parseInt(numbers[0])), part(type, Integer.parseInt(numbers[1])));
      }
    }
    assertEquals(expected, parts.outOfOrder());
    assertEquals(
        List.copyOf(expected.keySet()), List.copyOf(parts.outOfOrder().keySet()), "part order");
  }

  /**
   * For every combination of filled parts that keeps the required ones, the parts out of order are
   * exactly the filled parts after the current one, each blamed on the current one: the rule the
   * validators applied before the computation was shared, so their messages stay the same.
   */
  @Test
  void outOfOrderIsEveryFilledPartAfterTheCurrentOne() {
    assertAfterCurrent(KaizenStep.class);
    assertAfterCurrent(A3Section.class);
  }

  private static <P extends Enum<P> & RecordPart> void assertAfterCurrent(Class<P> type) {
    P[] all = type.getEnumConstants();
    int combinations = 0;
    for (int mask = 0; mask < 1 << all.length; mask++) {
      EnumSet<P> filled = EnumSet.noneOf(type);
      for (P part : all) {
        if ((mask & 1 << part.ordinal()) != 0 || part.isRequired()) {
          filled.add(part);
        }
      }
      RecordParts<P> parts = RecordParts.of(type, filled::contains);
      Map<P, P> expected = new LinkedHashMap<>();
      Optional<P> current = Arrays.stream(all).filter(p -> !filled.contains(p)).findFirst();
      for (P part : all) {
        if (current.isPresent() && part.compareTo(current.get()) > 0 && filled.contains(part)) {
          expected.put(part, current.get());
        }
      }
      assertEquals(expected, parts.outOfOrder(), filled::toString);
      assertEquals(current, parts.current(), filled::toString);
      combinations++;
    }
    assertEquals(1 << all.length, combinations);
  }

  @ParameterizedTest(name = "{0} {1} depends on [{2}]")
  @CsvSource(
      delimiter = ';',
      value = {
        "kaizen; 1; ",
        "kaizen; 2; 1",
        "kaizen; 3; 1 2",
        "kaizen; 6; 1 2 3 4 5",
        "a3; 1; ",
        "a3; 3; 1 2",
        "a3; 4; 1 2 3",
        "a3; 5; 1 2 3 4",
        "a3; 7; 1 2 3 4 5 6",
      })
  void dependencies(String kind, int number, String dependencies) {
    if (kind.equals("kaizen")) {
      assertDependencies(KaizenStep.class, number, dependencies);
    } else {
      assertDependencies(A3Section.class, number, dependencies);
    }
  }

  private static <P extends Enum<P> & RecordPart> void assertDependencies(
      Class<P> type, int number, String dependencies) {
    RecordParts<P> parts = RecordParts.of(type, p -> true);
    assertEquals(parts(type, dependencies), parts.dependencies(part(type, number)));
  }

  @Test
  void requiredPartsAndDirectDependencies() {
    assertEquals(
        List.of(KaizenStep.POTENTIAL),
        Arrays.stream(KaizenStep.values()).filter(RecordPart::isRequired).toList());
    assertEquals(
        List.of(A3Section.BACKGROUND, A3Section.CURRENT_CONDITION, A3Section.GOAL),
        Arrays.stream(A3Section.values()).filter(RecordPart::isRequired).toList());
    assertEquals(Optional.empty(), KaizenStep.POTENTIAL.dependsOn());
    assertEquals(Optional.of(KaizenStep.POTENTIAL), KaizenStep.ANALYSIS.dependsOn());
    assertEquals(Optional.of(KaizenStep.CHANGES), KaizenStep.EVALUATION.dependsOn());
    assertEquals(Optional.empty(), A3Section.ROOT_CAUSES.dependsOn());
    assertEquals(Optional.of(A3Section.CHECK), A3Section.FOLLOW_UP.dependsOn());
  }

  @Test
  void partsAreNumberedInDeclarationOrderAndDependOnEarlierParts() {
    for (List<? extends RecordPart> parts :
        List.of(List.of(KaizenStep.values()), List.of(A3Section.values()))) {
      for (int i = 0; i < parts.size(); i++) {
        RecordPart part = parts.get(i);
        assertEquals(i + 1, part.number(), part::title);
        part.dependsOn().ifPresent(d -> assertTrue(d.number() < part.number(), part::title));
      }
    }
  }

  @Test
  void labelsAndProperties() {
    assertEquals("step 3 (generate original ideas)", KaizenStep.IDEAS.label());
    assertEquals("step 6 (evaluate the new method)", KaizenStep.EVALUATION.label());
    assertEquals("section 4 (root-cause analysis)", A3Section.ROOT_CAUSES.label());
    assertEquals("section 6 (check / confirmation effect)", A3Section.CHECK.label());
    assertEquals("step", KaizenStep.PLAN.noun());
    assertEquals("section", A3Section.GOAL.noun());
    assertEquals("rootCauses", A3Section.ROOT_CAUSES.property());
    assertEquals("changes", KaizenStep.CHANGES.property());
  }

  @Test
  void valueSemanticsAndUnmodifiableViews() {
    RecordParts<KaizenStep> a = RecordParts.of(KaizenStep.class, s -> s.number() <= 2);
    RecordParts<KaizenStep> b =
        RecordParts.of(
            KaizenStep.class, EnumSet.of(KaizenStep.POTENTIAL, KaizenStep.ANALYSIS)::contains);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(RecordParts.of(KaizenStep.class, s -> true)));
    assertEquals("RecordParts{KaizenStep, filled=[POTENTIAL, ANALYSIS]}", a.toString());
    assertEquals(List.of(KaizenStep.values()), a.all());
    assertThrows(UnsupportedOperationException.class, () -> a.filled().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.missing().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.outOfOrder().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> a.dependencies(KaizenStep.PLAN).clear());
  }

  /** A badly declared kind of part: the first depends on the second. */
  private enum Backwards implements RecordPart {
    FIRST,
    SECOND;

    @Override
    public int number() {
      return ordinal() + 1;
    }

    @Override
    public String property() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String title() {
      return property();
    }

    @Override
    public String noun() {
      return "part";
    }

    @Override
    public boolean isRequired() {
      return false;
    }

    @Override
    public Optional<Backwards> dependsOn() {
      return this == FIRST ? Optional.of(SECOND) : Optional.of(FIRST);
    }
  }

  @Test
  void aDependencyOnALaterPartIsRefused() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> RecordParts.of(Backwards.class, p -> true));
    assertEquals(
        "Backwards.FIRST depends on SECOND, which does not come before it", e.getMessage());
  }

  private static <P extends Enum<P> & RecordPart> P part(Class<P> type, int number) {
    return Arrays.stream(type.getEnumConstants())
        .filter(p -> p.number() == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " " + number));
  }

  private static <P extends Enum<P> & RecordPart> Set<P> parts(Class<P> type, String numbers) {
    Set<P> parts = EnumSet.noneOf(type);
    if (numbers != null && !numbers.isBlank()) {
      parts.addAll(
          Arrays.stream(numbers.trim().split(" +"))
              .map(n -> part(type, Integer.parseInt(n)))
              .collect(Collectors.toList()));
    }
    return parts;
  }
}
