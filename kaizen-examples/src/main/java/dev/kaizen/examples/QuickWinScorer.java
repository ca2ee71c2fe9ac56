package dev.kaizen.examples;

import dev.kaizen.core.DocumentKind;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScorePart;
import dev.kaizen.scoring.Scorer;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.sixstep.Change;
import dev.kaizen.sixstep.Idea;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scorer of one's own, beyond reweighting the library's parts: it rates a Kaizen record by how
 * much of its easy value it took. Two parts, under the policy {@code acme-quick-wins/1}:
 *
 * <ul>
 *   <li>{@code quick-wins-taken}: 100 × quick wins (low effort, high gain) implemented / quick wins
 *       found, 100 when the record found none;
 *   <li>{@code measured}: 100 × changes with a measurement / changes, 0 before step 5.
 * </ul>
 *
 * <p>A custom scorer implements {@link Scorer}: it names a {@link ScoringPolicy} of its own (so a
 * stored score can always be traced to the rules that made it) and returns a {@link Score} whose
 * total is the weighted sum of its parts. The policy's weights are the parts' weights, so a user of
 * this scorer can reweight it with a policy read from JSON like any other. It is immutable and
 * thread-safe, as every scorer must be.
 */
public final class QuickWinScorer implements Scorer<KaizenRecord> {
  /** The default policy: both parts weigh 0.5. */
  public static final ScoringPolicy DEFAULT_POLICY =
      ScoringPolicy.builder()
          .name("acme-quick-wins/1")
          .model(DocumentKind.KAIZEN)
          .weights(Map.of("quick-wins-taken", 0.5, "measured", 0.5))
          .build();

  private final ScoringPolicy policy;

  private QuickWinScorer(ScoringPolicy policy) {
    this.policy =
        policy.requireShape(DocumentKind.KAIZEN, DEFAULT_POLICY.weights().keySet(), Set.of());
  }

  /**
   * Returns the scorer of the default policy.
   *
   * @return the scorer
   */
  public static QuickWinScorer defaults() {
    return new QuickWinScorer(DEFAULT_POLICY);
  }

  /**
   * Returns a scorer that weighs the two parts as {@code policy} says.
   *
   * @param policy a Kaizen policy weighing {@code quick-wins-taken} and {@code measured}
   * @return the scorer
   * @throws IllegalArgumentException if the policy weighs other parts
   */
  public static QuickWinScorer withPolicy(ScoringPolicy policy) {
    return new QuickWinScorer(policy);
  }

  @Override
  public ScoringPolicy policy() {
    return policy;
  }

  @Override
  public Score score(KaizenRecord record) {
    Set<String> quickWins =
        record.quickWins().stream().map(Idea::id).collect(Collectors.toUnmodifiableSet());
    List<Change> changes = record.changes();
    long taken = changes.stream().map(Change::idea).filter(quickWins::contains).distinct().count();
    double quick = quickWins.isEmpty() ? 100 : 100.0 * taken / quickWins.size();
    long measured = changes.stream().filter(c -> c.measured().isPresent()).count();
    double measuredShare = changes.isEmpty() ? 0 : 100.0 * measured / changes.size();
    return Score.builder()
        .policy(policy.name())
        .addParts(ScorePart.of("quick-wins-taken", policy.weight("quick-wins-taken"), quick))
        .addParts(ScorePart.of("measured", policy.weight("measured"), measuredShare))
        .build();
  }
}
