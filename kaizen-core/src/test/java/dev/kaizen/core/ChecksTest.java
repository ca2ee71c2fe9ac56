package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void requireFiniteQuotesTheValue() {
    assertEquals(2.5, Checks.requireFinite(2.5, "baseline"));
    assertEquals(
        "baseline must be a finite number, not NaN",
        assertThrows(
                IllegalArgumentException.class, () -> Checks.requireFinite(Double.NaN, "baseline"))
            .getMessage());
    assertEquals(
        "target must be a finite number, not Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () -> Checks.requireFinite(Double.POSITIVE_INFINITY, "target"))
            .getMessage());
    assertEquals(
        "target must be a finite number, not -Infinity",
        assertThrows(
                IllegalArgumentException.class,
                () -> Checks.requireFinite(Double.NEGATIVE_INFINITY, "target"))
            .getMessage());
  }

  @Test
  void requireTextQuotesTheValue() {
    assertEquals("Sam", Checks.requireText("Sam", "owner"));
    assertEquals(
        "owner must not be blank, but was \"  \"",
        assertThrows(IllegalArgumentException.class, () -> Checks.requireText("  ", "owner"))
            .getMessage());
    assertEquals(
        "owner must not be blank, but was \"\"",
        assertThrows(IllegalArgumentException.class, () -> Checks.requireText("", "owner"))
            .getMessage());
  }

  @Test
  void requireNonNegativeQuotesTheValue() {
    assertEquals(0, Checks.requireNonNegative(0, "reach"));
    assertEquals(
        "reach must not be negative, but was -3",
        assertThrows(IllegalArgumentException.class, () -> Checks.requireNonNegative(-3, "reach"))
            .getMessage());
  }
}
