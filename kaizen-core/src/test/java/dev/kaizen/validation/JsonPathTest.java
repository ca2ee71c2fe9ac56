package dev.kaizen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPathTest {
  private static final JsonPath ROOT = JsonPath.root();

  @Test
  void rootIsDollar() {
    assertEquals("$", ROOT.toString());
    assertSame(JsonPath.root(), JsonPath.root());
  }

  @Test
  void propertiesAndIndexes() {
    assertEquals("$.a[1].b", ROOT.property("a").index(1).property("b").toString());
    assertEquals(
        "$.changes[1].implemented",
        ROOT.property("changes").index(1).property("implemented").toString());
    assertEquals("$.matrix[0][12]", ROOT.property("matrix").index(0).index(12).toString());
    assertEquals("$._private1", ROOT.property("_private1").toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "odd name   | $['odd name']",
        "1st        | $['1st']",
        "a.b        | $['a.b']",
        "it's       | $['it\\'s']",
        "back\\slash | $['back\\\\slash']",
        "ünï        | $['ünï']",
        "a[0]       | $['a[0]']",
      })
  void oddNamesAreWrittenInBrackets(String name, String expected) {
    assertEquals(expected, ROOT.property(name).toString());
  }

  @Test
  void emptyNameIsWrittenInBrackets() {
    assertEquals("$['']", ROOT.property("").toString());
  }

  @Test
  void negativeIndexIsRejectedQuotingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ROOT.index(-1));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void underPutsAPathBelowAPrefix() {
    JsonPath prefix = ROOT.property("evidence").index(2);
    assertEquals("$.evidence[2].a", ROOT.property("a").under(prefix).toString());
    assertEquals("$.evidence[2][3]", ROOT.index(3).under(prefix).toString());
    assertEquals("$.evidence[2]['odd name']", ROOT.property("odd name").under(prefix).toString());
    assertEquals("$.evidence[2]", ROOT.under(prefix).toString());
    assertEquals("$.a.b", ROOT.property("b").under(ROOT.property("a")).toString());
    assertEquals("$.a", ROOT.property("a").under(ROOT).toString());
  }

  @Test
  void pathsAreValuesAndImmutable() {
    JsonPath changes = ROOT.property("changes");
    JsonPath first = changes.index(0);
    assertEquals("$.changes", changes.toString());
    assertEquals(first, ROOT.property("changes").index(0));
    assertEquals(first.hashCode(), ROOT.property("changes").index(0).hashCode());
    assertNotEquals(first, changes.index(1));
    assertNotEquals(ROOT.property("a").property("b"), ROOT.property("a.b"));
  }
}
