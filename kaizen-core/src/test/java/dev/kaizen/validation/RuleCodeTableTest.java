package dev.kaizen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/rule-codes.md and the RuleCode enum must list the same rules, in the same order. */
class RuleCodeTableTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9.-]+)` \\| (error|warning) \\| (.+) \\| `([A-Z0-9_]+)` \\|$");

  @Test
  void theDocumentedTableEqualsTheEnum() throws IOException {
    Path table = Path.of("..", "docs", "rule-codes.md");
    List<String> documented = new ArrayList<>();
    for (String line : Files.readAllLines(table)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        documented.add(row.group(1) + " " + row.group(2) + " " + row.group(3) + " " + row.group(4));
      }
    }
    List<String> enumerated = new ArrayList<>();
    for (RuleCode rule : RuleCode.values()) {
      enumerated.add(
          rule.code() + " " + rule.severity().token() + " " + rule.rule() + " " + rule.name());
    }
    assertEquals(enumerated, documented);
  }
}
