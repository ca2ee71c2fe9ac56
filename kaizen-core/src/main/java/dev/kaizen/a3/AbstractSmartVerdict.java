package dev.kaizen.a3;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Direction;
import dev.kaizen.core.Metric;
import dev.kaizen.internal.Messages;
import dev.kaizen.internal.ValueStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The SMART verdict on an A3's goal (DOMAIN.md §4): one {@link SmartCriterion} per {@link
 * SmartLetter}, in the order S, M, A, R, T.
 *
 * <ul>
 *   <li><b>S</b>pecific: the metric has a name and a unit. ({@link dev.kaizen.core.Metric} already
 *       refuses a blank name or unit, so an A3 built with this library always satisfies S; the
 *       letter is kept so that the verdict always lists five letters.)
 *   <li><b>M</b>easurable: the baseline and the target are numbers; the target exists when the goal
 *       gives a {@code target} or a {@code change}.
 *   <li><b>A</b>chievable: the target is strictly better than the baseline and, for a {@code lower}
 *       metric whose baseline is not negative, not below zero.
 *   <li><b>R</b>elevant: some word of the metric's name with 4 letters or more appears in the
 *       background or the problem statement, ignoring letter case: a word of the text equals it or
 *       begins with it (DOMAIN.md §12). Words are runs of letters and digits; {@code "invoice"}
 *       matches {@code "invoices"} and {@code "invoiced"}, not {@code "reinvoiced"}, and {@code
 *       "issues"} does not match {@code "issue"}.
 *   <li><b>T</b>ime-bound: the goal has a deadline strictly after the day the A3 was opened.
 * </ul>
 *
 * <p>Get it from {@link A3#smart()}.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractSmartVerdict {
  /** The fewest letters a word of the metric's name needs to count for R. */
  public static final int RELEVANT_WORD_LETTERS = 4;

  /**
   * Returns the verdict on every letter, in the order S, M, A, R, T.
   *
   * @return five criteria
   */
  public abstract List<SmartCriterion> criteria();

  /**
   * Returns the verdict on {@code letter}.
   *
   * @param letter the letter
   * @return its criterion
   */
  public final SmartCriterion criterion(SmartLetter letter) {
    return criteria().get(letter.ordinal());
  }

  /**
   * Tells whether the goal satisfies {@code letter}.
   *
   * @param letter the letter
   * @return true when satisfied
   */
  public final boolean isSatisfied(SmartLetter letter) {
    return criterion(letter).satisfied();
  }

  /**
   * Returns the letters satisfied, in SMART order, such as {@code "SMRT"}; {@code "SMART"} for a
   * goal that satisfies all five, {@code ""} for none.
   *
   * @return the satisfied letters
   */
  public final String letters() {
    return criteria().stream()
        .filter(SmartCriterion::satisfied)
        .map(c -> c.letter().name())
        .collect(Collectors.joining());
  }

  /**
   * Returns how many letters are satisfied.
   *
   * @return 0 to 5
   */
  public final int satisfiedCount() {
    List<SmartCriterion> criteria = criteria();
    int count = 0;
    for (int i = 0; i < criteria.size(); i++) {
      if (criteria.get(i).satisfied()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the criteria not satisfied, in SMART order.
   *
   * @return the failed criteria
   */
  public final List<SmartCriterion> failures() {
    if (satisfiedCount() == criteria().size()) {
      return List.of();
    }
    return criteria().stream().filter(c -> !c.satisfied()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether all five letters are satisfied.
   *
   * @return true for a SMART goal
   */
  public final boolean isSmart() {
    return satisfiedCount() == SmartLetter.values().length;
  }

  /**
   * Judges the goal of {@code a3}.
   *
   * @param a3 the A3 (R reads its background and problem statement, T its opening day)
   * @return the verdict
   */
  public static SmartVerdict judge(A3 a3) {
    Goal goal = a3.goal();
    return SmartVerdict.builder()
        .addCriteria(specific(goal.metric()))
        .addCriteria(measurable(goal))
        .addCriteria(achievable(goal))
        .addCriteria(relevant(goal.metric(), a3.background(), a3.currentCondition().statement()))
        .addCriteria(timeBound(goal, a3.opened()))
        .build();
  }

  private static SmartCriterion specific(Metric metric) {
    boolean ok = !metric.name().isBlank() && !metric.unit().isBlank();
    return SmartCriterion.of(
        SmartLetter.S,
        ok,
        ok
            ? "the metric \"" + metric.name() + "\" has a name and a unit (" + metric.unit() + ")"
            : "the metric needs both a name and a unit; name what is counted and in which unit");
  }

  private static SmartCriterion measurable(Goal goal) {
    OptionalDouble target = goal.effectiveTarget();
    if (target.isEmpty()) {
      return SmartCriterion.of(
          SmartLetter.M,
          false,
          "the goal has no target: give a \"target\" or a relative \"change\" next to the baseline "
              + Messages.number(goal.baseline()));
    }
    return SmartCriterion.of(
        SmartLetter.M,
        true,
        "the baseline "
            + Messages.number(goal.baseline())
            + " and the target "
            + Messages.number(target.getAsDouble())
            + " are numbers");
  }

  private static SmartCriterion achievable(Goal goal) {
    OptionalDouble maybeTarget = goal.effectiveTarget();
    if (maybeTarget.isEmpty()) {
      return SmartCriterion.of(
          SmartLetter.A,
          false,
          "without a target the goal cannot be judged achievable; give a target better than the baseline");
    }
    double target = maybeTarget.getAsDouble();
    double baseline = goal.baseline();
    Direction better = goal.metric().better();
    if (!goal.metric().isImprovement(baseline, target)) {
      return SmartCriterion.of(
          SmartLetter.A,
          false,
          Messages.targetNotBetter(target, baseline, better)
              + "; aim "
              + Messages.betterThan(baseline, better));
    }
    if (better == Direction.LOWER && baseline >= 0 && target < 0) {
      return SmartCriterion.of(
          SmartLetter.A,
          false,
          "the target "
              + Messages.number(target)
              + " is below zero, which a count or a duration of "
              + Messages.number(baseline)
              + " cannot reach; aim for 0 or more");
    }
    return SmartCriterion.of(
        SmartLetter.A,
        true,
        "the target "
            + Messages.number(target)
            + " is better than the baseline "
            + Messages.number(baseline)
            + (better == Direction.LOWER && baseline >= 0 ? " and not below zero" : ""));
  }

  private static SmartCriterion relevant(Metric metric, String background, String statement) {
    List<String> nameWords = new ArrayList<>();
    for (String word : words(metric.name())) {
      if (letters(word) >= RELEVANT_WORD_LETTERS && !nameWords.contains(word)) {
        nameWords.add(word);
      }
    }
    if (nameWords.isEmpty()) {
      return SmartCriterion.of(
          SmartLetter.R,
          false,
          "the metric's name \""
              + metric.name()
              + "\" has no word of "
              + RELEVANT_WORD_LETTERS
              + " letters or more to tie it to the problem; give the metric a descriptive name");
    }
    for (String word : nameWords) {
      if (hasWordBeginningWith(background, word)) {
        return SmartCriterion.of(
            SmartLetter.R, true, "the metric's word \"" + word + "\" appears in the background");
      }
      if (hasWordBeginningWith(statement, word)) {
        return SmartCriterion.of(
            SmartLetter.R,
            true,
            "the metric's word \"" + word + "\" appears in the problem statement");
      }
    }
    return SmartCriterion.of(
        SmartLetter.R,
        false,
        "no word of the metric's name ("
            + String.join(", ", nameWords)
            + ") appears in the background or the problem statement; explain why this metric matters to the problem");
  }

  private static SmartCriterion timeBound(Goal goal, LocalDate opened) {
    if (goal.deadline().isEmpty()) {
      return SmartCriterion.of(
          SmartLetter.T, false, "the goal has no deadline; set a \"deadline\" after " + opened);
    }
    LocalDate deadline = goal.deadline().get();
    if (!deadline.isAfter(opened)) {
      return SmartCriterion.of(
          SmartLetter.T,
          false,
          "the deadline "
              + deadline
              + " is not after the A3 was opened on "
              + opened
              + "; set a deadline later than "
              + opened);
    }
    return SmartCriterion.of(
        SmartLetter.T,
        true,
        "the deadline " + deadline + " is after the A3 was opened on " + opened);
  }

  /**
   * Tells whether some {@linkplain #words(String) word} of {@code text} equals {@code word} (a
   * lower-case word) or begins with it (DOMAIN.md §12: "invoice" is relevant to "invoices" and
   * "invoiced", not to "reinvoiced"). An ASCII text is searched in place, without splitting it; any
   * other text is split by {@link #words(String)}, whose lower-casing is the rule.
   */
  static boolean hasWordBeginningWith(String text, String word) {
    int n = text.length();
    int m = word.length();
    boolean inWord = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return beginsAny(words(text), word);
      }
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (letterOrDigit && !inWord && i + m <= n && beginsAt(text, i, word)) {
        return true;
      }
      inWord = letterOrDigit;
    }
    return false;
  }

  /** Tells whether the ASCII text at {@code start}, lower-cased, begins with {@code word}. */
  private static boolean beginsAt(String text, int start, String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(start + k);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether some word of {@code words} equals {@code word} or begins with it. */
  private static boolean beginsAny(List<String> words, String word) {
    for (String candidate : words) {
      if (candidate.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** Counts the letters of {@code word}. */
  private static int letters(String word) {
    int count = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetter(cp)) {
        count++;
      }
      i += Character.charCount(cp);
    }
    return count;
  }

  /** Splits text into lower-case words: maximal runs of letters and digits. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return words;
  }

  @Value.Check
  final void check() {
    SmartLetter[] letters = SmartLetter.values();
    boolean ordered = criteria().size() == letters.length;
    for (int i = 0; ordered && i < letters.length; i++) {
      ordered = criteria().get(i).letter() == letters[i];
    }
    if (!ordered) {
      throw new IllegalArgumentException(
          "a SMART verdict lists the letters S, M, A, R, T once each, in order, not "
              + criteria().stream().map(c -> c.letter().name()).collect(Collectors.joining()));
    }
  }
}
