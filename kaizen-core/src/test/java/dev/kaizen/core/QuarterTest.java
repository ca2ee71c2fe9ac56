package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

  @Test
  void parsesYearAndQuarter() {
    Quarter q = Quarter.parse("2024-Q3");
    assertEquals(2024, q.year());
    assertEquals(3, q.quarter());
    assertEquals(Quarter.of(2024, 3), q);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-Q1", "2024-Q4", "0001-Q1", "9999-Q4", "1999-Q2"})
  void toStringRoundTrips(String text) {
    assertEquals(text, Quarter.parse(text).toString());
  }

  @Test
  void toStringPadsTheYear() {
    assertEquals("0001-Q1", Quarter.of(1, 1).toString());
    assertEquals("0999-Q4", Quarter.of(999, 4).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-Q5",
        "2024-Q0",
        "24-Q1",
        "0000-Q1",
        "2024-q1",
        "2024Q1",
        " 2024-Q1",
        "2024-Q1 ",
        "2024-Q10",
        "12024-Q1",
        "",
        "2024-\u0661"
      })
  void rejectsBadTextQuotingIt(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text));
    assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
  }

  @Test
  void rejectsNonAsciiDigits() {
    // Arabic-Indic digits would pass Integer.parseInt but are not a quarter like "2024-Q1"
    assertThrows(
        IllegalArgumentException.class, () -> Quarter.parse("\u0662\u0660\u0662\u0664-Q1"));
  }

  @ParameterizedTest
  @CsvSource({"0, 1, 0", "10000, 1, 10000", "2024, 0, 0", "2024, 5, 5", "-1, 2, -1"})
  void ofRejectsNumbersOutOfRangeQuotingThem(int year, int quarter, String bad) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(year, quarter));
    assertTrue(e.getMessage().endsWith(" " + bad), e.getMessage());
  }

  @Test
  void nextQuarterRollsOverTheYear() {
    assertEquals(Quarter.of(2024, 2), Quarter.of(2024, 1).next());
    assertEquals(Quarter.of(2025, 1), Quarter.of(2024, 4).next());
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(9999, 4).next());
  }

  @Test
  void quartersUntil() {
    assertEquals(1, Quarter.of(2024, 4).quartersUntil(Quarter.of(2025, 1)));
    assertEquals(-5, Quarter.of(2025, 2).quartersUntil(Quarter.of(2024, 1)));
    assertEquals(0, Quarter.of(2024, 2).quartersUntil(Quarter.of(2024, 2)));
  }

  @Test
  void comparesChronologically() {
    List<Quarter> quarters =
        new ArrayList<>(
            List.of(
                Quarter.parse("2025-Q1"),
                Quarter.parse("2024-Q4"),
                Quarter.parse("2024-Q1"),
                Quarter.parse("2023-Q4")));
    Collections.sort(quarters);
    assertEquals("[2023-Q4, 2024-Q1, 2024-Q4, 2025-Q1]", quarters.toString());
    assertTrue(Quarter.of(2024, 4).compareTo(Quarter.of(2025, 1)) < 0);
    assertTrue(Quarter.of(2025, 1).compareTo(Quarter.of(2024, 4)) > 0);
    assertEquals(0, Quarter.of(2024, 2).compareTo(Quarter.parse("2024-Q2")));
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(Quarter.of(2024, 2), Quarter.parse("2024-Q2"));
    assertEquals(Quarter.of(2024, 2).hashCode(), Quarter.parse("2024-Q2").hashCode());
    assertNotEquals(Quarter.of(2024, 2), Quarter.of(2024, 3));
    assertNotEquals(Quarter.of(2024, 2), Quarter.of(2023, 2));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-01-01, 2024-Q1",
    "2024-03-31, 2024-Q1",
    "2024-04-01, 2024-Q2",
    "2024-09-30, 2024-Q3",
    "2024-10-01, 2024-Q4",
    "2024-12-31, 2024-Q4"
  })
  void fromDate(LocalDate date, String quarter) {
    assertEquals(quarter, Quarter.from(date).toString());
  }
}
