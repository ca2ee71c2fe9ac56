package dev.kaizen.benchmarks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * Plain Java records with the shapes of the sample documents, for the baselines: what an
 * application that binds the same JSON with Jackson and checks nothing would hold. A member a
 * document leaves out is {@code null} here (a baseline, not an API).
 */
public final class Shapes {
  private Shapes() {}

  /** A document of any of the benchmarked kinds, told apart by its {@code kind}. */
  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.EXISTING_PROPERTY,
      property = "kind",
      visible = true)
  @JsonSubTypes({
    @JsonSubTypes.Type(value = KaizenDoc.class, name = "kaizen"),
    @JsonSubTypes.Type(value = A3Doc.class, name = "a3"),
    @JsonSubTypes.Type(value = ProgressionCaseDoc.class, name = "progression-case")
  })
  public interface Doc {
    /**
     * Returns the document's kind.
     *
     * @return such as "kaizen"
     */
    String kind();
  }

  /**
   * A metric.
   *
   * @param name its name
   * @param unit its unit
   * @param better "lower" or "higher"
   */
  public record Metric(String name, String unit, String better) {}

  /**
   * How often a problem happens.
   *
   * @param times how many times
   * @param per per what
   */
  public record Frequency(int times, String per) {}

  /**
   * A guardrail metric with its limit.
   *
   * @param metric the metric
   * @param baseline its value before
   * @param limit the limit
   */
  public record Guardrail(Metric metric, double baseline, double limit) {}

  /**
   * Step 1 of a Kaizen record.
   *
   * @param problem the problem
   * @param metric the metric
   * @param baseline the baseline
   * @param target the target
   * @param frequency how often
   * @param guardrails the guardrails
   * @param deadline the deadline
   * @param proposition the proposition
   */
  public record Potential(
      String problem,
      Metric metric,
      double baseline,
      double target,
      Frequency frequency,
      List<Guardrail> guardrails,
      LocalDate deadline,
      String proposition) {}

  /**
   * A contributor to the problem.
   *
   * @param name its name
   * @param value its share
   * @param who who
   * @param why why
   */
  public record Contributor(String name, double value, String who, String why) {}

  /**
   * Step 2.
   *
   * @param contributors the contributors
   */
  public record Analysis(List<Contributor> contributors) {}

  /**
   * An idea.
   *
   * @param id its id
   * @param description what
   * @param effort effort token
   * @param gain gain token
   * @param source source token
   */
  public record Idea(String id, String description, String effort, String gain, String source) {}

  /**
   * A risk.
   *
   * @param description what
   * @param mitigation how it is mitigated
   */
  public record Risk(String description, String mitigation) {}

  /**
   * A cost.
   *
   * @param description what
   * @param amount how much
   * @param unit of what
   */
  public record Cost(String description, double amount, String unit) {}

  /**
   * Step 4.
   *
   * @param stakeholders the stakeholders
   * @param risks the risks
   * @param costs the costs
   */
  public record Plan(List<String> stakeholders, List<Risk> risks, List<Cost> costs) {}

  /**
   * A change made.
   *
   * @param idea the idea's id
   * @param implemented when
   * @param measured when measured
   * @param result the measured value
   */
  public record Change(String idea, LocalDate implemented, LocalDate measured, double result) {}

  /**
   * A guardrail's measured value.
   *
   * @param name the metric's name
   * @param value the value
   */
  public record GuardrailValue(String name, double value) {}

  /**
   * Step 6.
   *
   * @param metric the metric
   * @param value the value
   * @param date when
   * @param decision the decision token
   * @param learnings the learnings
   * @param guardrails the guardrails' values
   */
  public record Evaluation(
      Metric metric,
      double value,
      LocalDate date,
      String decision,
      String learnings,
      List<GuardrailValue> guardrails) {}

  /**
   * A Kaizen record.
   *
   * @param kind "kaizen"
   * @param version the format version
   * @param id the id
   * @param title the title
   * @param owner the owner
   * @param opened when opened
   * @param scope the scope token
   * @param reach the reach
   * @param potential step 1
   * @param analysis step 2
   * @param ideas step 3
   * @param plan step 4
   * @param changes step 5
   * @param evaluation step 6
   */
  public record KaizenDoc(
      String kind,
      int version,
      String id,
      String title,
      String owner,
      LocalDate opened,
      String scope,
      int reach,
      Potential potential,
      Analysis analysis,
      List<Idea> ideas,
      Plan plan,
      List<Change> changes,
      Evaluation evaluation)
      implements Doc {}

  /**
   * An A3's current condition.
   *
   * @param statement the statement
   * @param facts the facts
   */
  public record CurrentCondition(String statement, List<String> facts) {}

  /**
   * An A3's goal.
   *
   * @param metric the metric
   * @param baseline the baseline
   * @param change the relative change
   * @param deadline the deadline
   */
  public record Goal(Metric metric, double baseline, double change, LocalDate deadline) {}

  /**
   * An experiment.
   *
   * @param description what
   * @param outcome the outcome token
   */
  public record Experiment(String description, String outcome) {}

  /**
   * A root-cause hypothesis.
   *
   * @param id its id
   * @param hypothesis the hypothesis
   * @param assumptions the assumptions
   * @param experiments the experiments
   */
  public record RootCause(
      String id, String hypothesis, List<String> assumptions, List<Experiment> experiments) {}

  /**
   * A countermeasure.
   *
   * @param id its id
   * @param addresses the root causes it addresses
   * @param steps its steps
   * @param owner its owner
   * @param due when due
   */
  public record Countermeasure(
      String id, List<String> addresses, List<String> steps, String owner, LocalDate due) {}

  /**
   * An A3's check.
   *
   * @param method how
   * @param metric the metric
   * @param result the result
   * @param date when
   */
  public record Check(String method, Metric metric, double result, LocalDate date) {}

  /**
   * An A3's follow-up.
   *
   * @param actions the actions
   * @param report the report
   * @param sharedWith with whom it was shared
   */
  public record FollowUp(List<String> actions, String report, List<String> sharedWith) {}

  /**
   * An A3.
   *
   * @param kind "a3"
   * @param version the format version
   * @param id the id
   * @param title the title
   * @param owner the owner
   * @param opened when opened
   * @param scope the scope token
   * @param background the background
   * @param currentCondition the current condition
   * @param goal the goal
   * @param rootCauses the root causes
   * @param countermeasures the countermeasures
   * @param check the check
   * @param followUp the follow-up
   */
  public record A3Doc(
      String kind,
      int version,
      String id,
      String title,
      String owner,
      LocalDate opened,
      String scope,
      String background,
      CurrentCondition currentCondition,
      Goal goal,
      List<RootCause> rootCauses,
      List<Countermeasure> countermeasures,
      Check check,
      FollowUp followUp)
      implements Doc {}

  /**
   * A framework level.
   *
   * @param id its id
   * @param title its title
   * @param minCompetence the least competence
   * @param minScope the least scope token
   * @param minEvidence the least evidence count
   */
  public record Level(
      String id, String title, double minCompetence, String minScope, int minEvidence) {}

  /**
   * A progression framework.
   *
   * @param kind "framework"
   * @param version the format version
   * @param name its name
   * @param levels its levels
   */
  public record Framework(String kind, int version, String name, List<Level> levels) {}

  /**
   * A progression case: a candidate, a framework and Kaizen and A3 evidence.
   *
   * @param kind "progression-case"
   * @param version the format version
   * @param candidate the candidate
   * @param targetLevel the level asked for
   * @param expertise the expertise
   * @param framework the framework
   * @param evidence the evidence
   */
  public record ProgressionCaseDoc(
      String kind,
      int version,
      String candidate,
      String targetLevel,
      double expertise,
      Framework framework,
      List<Doc> evidence)
      implements Doc {}
}
