package dev.kaizen.a3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the standard {@link LackOfSolutionDetector} on two labelled corpora of
 * problem statements: a development set the detector was tuned on, and a held-out set written
 * before the detector and never used for tuning. Both must reach 0.9; the figures are printed.
 */
class LackOfSolutionCorpusTest {
  private static final double FLOOR = 0.9;

  private record Labelled(boolean lackOfSolution, String statement) {}

  private static List<Labelled> read(String resource) throws IOException {
    List<Labelled> all = new ArrayList<>();
    try (InputStream in = LackOfSolutionCorpusTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        assertTrue(tab > 0, "no tab in: " + line);
        String label = line.substring(0, tab);
        assertTrue(label.equals("LOS") || label.equals("COND"), "bad label in: " + line);
        all.add(new Labelled(label.equals("LOS"), line.substring(tab + 1)));
      }
    }
    return all;
  }

  private static void evaluate(String name, String resource, int minimumSize) throws IOException {
    List<Labelled> corpus = read(resource);
    assertTrue(corpus.size() >= minimumSize, name + " has only " + corpus.size() + " statements");
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    List<String> wrong = new ArrayList<>();
    for (Labelled l : corpus) {
      boolean found = LackOfSolutionDetector.standard().find(l.statement()).isPresent();
      if (found && l.lackOfSolution()) {
        truePositives++;
      } else if (found) {
        falsePositives++;
        wrong.add("  flagged a condition: " + l.statement());
      } else if (l.lackOfSolution()) {
        falseNegatives++;
        wrong.add("  missed: " + l.statement());
      }
    }
    double precision = truePositives / (double) (truePositives + falsePositives);
    double recall = truePositives / (double) (truePositives + falseNegatives);
    System.out.printf(
        Locale.ROOT,
        "lack-of-solution detector, %s set (%d statements, %d lack-of-solution): precision %.3f,"
            + " recall %.3f%n",
        name,
        corpus.size(),
        truePositives + falseNegatives,
        precision,
        recall);
    wrong.forEach(System.out::println);
    assertTrue(
        precision >= FLOOR, name + " precision " + precision + "\n" + String.join("\n", wrong));
    assertTrue(recall >= FLOOR, name + " recall " + recall + "\n" + String.join("\n", wrong));
  }

  @Test
  void developmentSet() throws IOException {
    evaluate("development", "lack-of-solution-dev.tsv", 100);
  }

  @Test
  void heldOutSet() throws IOException {
    evaluate("held-out", "lack-of-solution-held-out.tsv", 80);
  }

  @Test
  void theCorporaAreBalancedAndDisjoint() throws IOException {
    List<Labelled> dev = read("lack-of-solution-dev.tsv");
    List<Labelled> heldOut = read("lack-of-solution-held-out.tsv");
    assertTrue(dev.size() + heldOut.size() >= 150);
    for (List<Labelled> set : List.of(dev, heldOut)) {
      long positives = set.stream().filter(Labelled::lackOfSolution).count();
      assertTrue(positives * 3 >= set.size() && positives * 3 <= 2L * set.size(), "unbalanced");
    }
    List<String> devStatements =
        dev.stream().map(l -> l.statement().toLowerCase(Locale.ROOT)).toList();
    assertEquals(
        List.of(),
        heldOut.stream()
            .map(l -> l.statement().toLowerCase(Locale.ROOT))
            .filter(devStatements::contains)
            .toList());
  }
}
