package dev.kaizen.a3;

import dev.kaizen.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A lack-of-solution phrase found in a text by the {@link LackOfSolutionDetector}: the exact phrase
 * as written, where it is, the trigger that matched, and the solution it names.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractLackOfSolutionFinding {
  /**
   * Returns the phrase exactly as written in the text, from the trigger to the named solution, such
   * as {@code "need a case management system"}.
   *
   * @return the phrase
   */
  public abstract String phrase();

  /**
   * Returns where the phrase starts: the index of its first character (a UTF-16 index, as {@link
   * String#substring(int, int)} counts).
   *
   * @return the start index, 0 or more
   */
  public abstract int start();

  /**
   * Returns where the phrase ends: the index just after its last character.
   *
   * @return the end index, after {@link #start()}
   */
  public abstract int end();

  /**
   * Returns the trigger pattern that matched, as listed in {@link LackOfSolutionDetector#TRIGGERS}
   * or one of the other trigger lists, such as {@code "need|needs|needed"}.
   *
   * @return the trigger pattern
   */
  public abstract String trigger();

  /**
   * Returns the form of phrasing that matched: which list of {@link LackOfSolutionDetector.WordList
   * word lists} the {@link #trigger()} comes from.
   *
   * @return the form; {@link LackOfSolutionDetector.Form#NAMED_THING} unless set
   */
  @Value.Default
  public LackOfSolutionDetector.Form form() {
    return LackOfSolutionDetector.Form.NAMED_THING;
  }

  /**
   * Returns the solution or resource the phrase names, exactly as written and without its
   * determiner, such as {@code "case management system"}, {@code "buy an ERP system"} (after "we
   * need to") or {@code "more staff"}; for a {@link LackOfSolutionDetector.Form#STATE} phrase
   * ("understaffed"), the phrase itself.
   *
   * @return the named solution
   */
  public abstract String solution();

  @Value.Check
  final void check() {
    if (start() < 0 || end() <= start()) {
      throw new IllegalArgumentException(
          "a finding spans characters start to end with 0 <= start < end, not "
              + start()
              + " to "
              + end());
    }
  }
}
