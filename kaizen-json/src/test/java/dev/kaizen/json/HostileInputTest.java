package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile bytes give one printable line, and input that is not UTF-8 is refused. */
class HostileInputTest {
  private final KaizenJson json = KaizenJson.defaults();
  private final String example = Fixtures.example("kaizen-automation-script.json");

  private static void oneLine(BadInputException e) {
    String m = e.getMessage();
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      assertTrue(
          c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && c != 0x2028 && c != 0x2029,
          () -> "unprintable char " + (int) c + " in " + m);
    }
  }

  private BadInputException bad(String text) {
    BadInputException e = assertThrows(BadInputException.class, () -> json.read(text));
    oneLine(e);
    return e;
  }

  @Test
  void controlCharactersInAPropertyNameAreEscapedInThePath() {
    BadInputException e =
        bad(example.replace("\"version\": 1,", "\"version\": 1, \"k\\nd\\u2028\\u0085'\": 1,"));
    assertEquals("$['k\\nd\\u2028\\u0085\\'']", e.path());
    assertTrue(e.problem().contains("unknown property \"k\\nd\\u2028\\u0085'\""), e.getMessage());
  }

  @Test
  void controlCharactersInAValueAreEscapedInTheMessage() {
    BadInputException e = bad("{\"kind\": \"kai\\r\\nzen\\u200b\\ufeff\\ud800\"}");
    assertEquals("$.kind", e.path());
    assertTrue(
        e.problem().startsWith("\"kai\\r\\nzen\\u200b\\ufeff\\ud800\" is not allowed here"),
        e.getMessage());
  }

  @Test
  void rawBytesThatDecodeToANewlineInANameStayOneLine() {
    byte[] bytes = "{\"kind\": \"kaizen\", \" ki\nd\": 1}".getBytes(StandardCharsets.UTF_8);
    BadInputException e =
        assertThrows(BadInputException.class, () -> json.read(new ByteArrayInputStream(bytes)));
    oneLine(e);
    BadInputException s = bad(new String(bytes, StandardCharsets.UTF_8));
    oneLine(s);
  }

  @Test
  void theExceptionEscapesWhatItIsGivenAsALastDefence() {
    BadInputException e = new BadInputException("$['a\nb']", 2, 3, "bad\r\nthing\u2029 here");
    assertEquals("$['a\\nb'] (line 2, column 3): bad\\r\\nthing\\u2029 here", e.getMessage());
    assertEquals("$['a\\nb']", e.path());
    assertEquals("bad\\r\\nthing\\u2029 here", e.problem());
    oneLine(e);
  }

  @Test
  void utf16AndUtf32AreRefusedWithOrWithoutByteOrderMark() {
    for (String name : new String[] {"UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
      byte[] bytes = example.getBytes(Charset.forName(name));
      BadInputException e = assertThrows(BadInputException.class, () -> json.read(bytes));
      oneLine(e);
      assertEquals("$", e.path());
      assertTrue(e.problem().endsWith("JSON input must be UTF-8 (RFC 8259)"), e.getMessage());
      assertThrows(BadInputException.class, () -> json.read(new ByteArrayInputStream(bytes)));
    }
    byte[] bom32le = new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, '{', 0, 0, 0, '}', 0, 0, 0};
    assertTrue(
        assertThrows(BadInputException.class, () -> json.read(bom32le))
            .problem()
            .startsWith("the input looks like UTF-32"));
  }

  @Test
  void utf8WithAndWithoutByteOrderMarkIsRead() {
    byte[] plain = example.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertEquals(json.read(example), json.read(plain));
    assertEquals(json.read(example), json.read(bom));
    assertEquals(json.read(example), json.read(new ByteArrayInputStream(bom)));
  }

  @Test
  void textEntryPointsTakeDecodedText() {
    assertEquals(json.read(example), json.read(new StringReader(example)));
    byte[] latin = "{\"kind\": \"kaiz\u00e9n\"}".getBytes(StandardCharsets.ISO_8859_1);
    BadInputException e = assertThrows(BadInputException.class, () -> json.read(latin));
    oneLine(e);
    assertTrue(e.problem().startsWith("not valid JSON"), e.getMessage());
  }
}
