package dev.kaizen.examples;

import dev.kaizen.core.Document;
import dev.kaizen.core.Scope;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.progression.Criterion;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.LevelResult;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.progression.ProgressionCaseScorer;
import dev.kaizen.progression.ProgressionCaseValidator;
import dev.kaizen.progression.ProgressionEvaluation;
import dev.kaizen.progression.ProgressionExplanation;
import dev.kaizen.scoring.Score;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scores a progression case against a framework and prints why the target level is or is not met
 * (the README's progression example). The framework is built in Java; the evidence, a Kaizen record
 * and an A3, is read from JSON files.
 */
public final class ProgressionCaseExample {
  private ProgressionCaseExample() {}

  /**
   * Returns the example framework: four engineering levels.
   *
   * @return the framework
   */
  public static Framework framework() {
    return Framework.builder()
        .name("Engineering progression")
        .addLevels(level("L1", "Engineer", 0.0, Scope.SELF, 0))
        .addLevels(level("L2", "Engineer II", 0.4, Scope.PEERS, 1))
        .addLevels(level("L3", "Senior engineer", 0.6, Scope.TEAM, 1))
        .addLevels(level("L4", "Staff engineer", 0.75, Scope.DEPARTMENT, 3))
        .build();
  }

  private static FrameworkLevel level(
      String id, String title, double minCompetence, Scope minScope, int minEvidence) {
    return FrameworkLevel.builder()
        .id(id)
        .title(title)
        .minCompetence(minCompetence)
        .minScope(minScope)
        .minEvidence(minEvidence)
        .build();
  }

  /**
   * Returns the example case: Sam Okafor aims for L3 with the Kaizen record and the A3 of {@code
   * samples} as evidence.
   *
   * @param samples the folder that holds {@code kaizen-automation-script.json} and {@code
   *     a3-major-issues.json}
   * @return the case
   * @throws IOException if a file cannot be read
   */
  public static ProgressionCase progressionCase(Path samples) throws IOException {
    KaizenJson json = KaizenJson.defaults();
    Document kaizen = json.read(Files.readString(samples.resolve("kaizen-automation-script.json")));
    Document a3 = json.read(Files.readString(samples.resolve("a3-major-issues.json")));
    return ProgressionCase.builder()
        .candidate("Sam Okafor")
        .targetLevel("L3")
        .expertise(0.75)
        .framework(framework())
        .addEvidence(kaizen, a3)
        .build();
  }

  /**
   * Prints the case's validation, score and why the target level is or is not met.
   *
   * @param args the samples folder (default {@code samples})
   * @throws IOException if a sample cannot be read
   */
  public static void main(String[] args) throws IOException {
    ProgressionCase progressionCase =
        progressionCase(Path.of(args.length > 0 ? args[0] : "samples"));

    ProgressionCaseValidator.validate(progressionCase).violations().forEach(System.out::println);
    Score score = ProgressionCaseScorer.defaults().score(progressionCase);
    System.out.println("leadership: " + score.total() + " under " + score.policy());

    ProgressionEvaluation evaluation = progressionCase.evaluation();
    LevelResult target = evaluation.target().orElseThrow();
    System.out.println("target " + target.id() + (target.met() ? " is met" : " is not met"));
    for (Criterion<?> criterion : target.criteria()) {
      System.out.println("  " + criterion.describe()); // e.g. "scope department ≥ team (met)"
    }
    System.out.println("next focus: " + evaluation.nextFocus().token());
    ProgressionExplanation.explain(evaluation).forEach(System.out::println);
  }
}
