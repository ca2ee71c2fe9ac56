package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assertions shared by the bad-input tests of every format. */
final class BadInputs {
  private BadInputs() {}

  /** Reads {@code text}, which must fail with a one-line {@link BadInputException}. */
  static BadInputException bad(KaizenJson json, String text) {
    BadInputException e = assertThrows(BadInputException.class, () -> json.read(text));
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e;
  }

  /**
   * The failure is at {@code path}, on {@code line}, and its problem mentions {@code problemPart}.
   */
  static void at(BadInputException e, String path, int line, String problemPart) {
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.problem().contains(problemPart), e.getMessage());
  }

  /** Like {@link #at}, and the failure also has a column. */
  static void atColumn(BadInputException e, String path, int line, String problemPart) {
    at(e, path, line, problemPart);
    assertTrue(e.column() > 0, e.getMessage());
  }

  /** {@code example} with the first {@code from}, which must be present, replaced by {@code to}. */
  static String edit(String example, String from, String to) {
    assertTrue(example.contains(from), from);
    return example.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }
}
