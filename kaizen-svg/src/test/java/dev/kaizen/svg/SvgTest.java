package dev.kaizen.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTest {
  @Test
  void escapesMarkupAndReplacesWhatXmlCannotHold() {
    assertEquals(
        "&lt;a href=&quot;x&quot;&gt; &amp; &apos;b&apos;", Svg.escape("<a href=\"x\"> & 'b'"));
    assertEquals("a\uFFFDb\uFFFDc", Svg.escape("a\u0001b\uD800c"));
    assertEquals(
        "\uD83D\uDE00 \u00E9", Svg.escape("\uD83D\uDE00 \u00E9"), "pairs and accents stay");
  }

  @Test
  void fitCutsWithAnEllipsisOnlyWhenTheTextIsTooWide() {
    // At size 10 a glyph is 5.5 units wide: 55 units hold 10 glyphs.
    assertEquals("abcdefghij", Svg.fit("abcdefghij", 10, 55));
    assertEquals("abcdefghi\u2026", Svg.fit("abcdefghijk", 10, 55));
    assertEquals("a b", Svg.fit("  a \n  b ", 10, 55), "white space is normalised");
    assertEquals(
        "\uD83D\uDE00\uD83D\uDE00\u2026",
        Svg.fit("\uD83D\uDE00".repeat(20), 10, 16.5),
        "never splits a surrogate pair");
  }

  @Test
  void wrapBreaksAtSpacesAndCutsTheLastLine() {
    assertEquals(List.of("one two", "three four"), Svg.wrap("one two three four", 10, 55, 3));
    List<String> cut = Svg.wrap("one two three four five six seven", 10, 55, 2);
    assertEquals(2, cut.size());
    assertEquals("one two", cut.get(0));
    assertTrue(cut.get(1).endsWith("\u2026") && cut.get(1).length() <= 10, cut.get(1));
    assertEquals(List.of("abcdefghij", "klm"), Svg.wrap("abcdefghijklm", 10, 55, 2), "a long word");
    assertEquals(List.of(""), Svg.wrap("   ", 10, 55, 2));
  }

  @Test
  void numbersUseFixedDecimalsAndNoNegativeZero() {
    assertEquals("12.3", Svg.num(12.34));
    assertEquals("0.0", Svg.num(-0.01));
    assertEquals("2.5", Svg.value(2.5));
    assertEquals("17.6", Svg.value(22 * (1 - 0.2)));
    assertEquals("5", Svg.value(5.0));
    assertEquals("0", Svg.value(-0.001));
    assertEquals("1.00e+300", Svg.value(1e300));
    assertEquals("24%", Svg.percent(90.0 / 380));
    assertEquals("0.00", Svg.fixed2(-0.001));
  }
}
