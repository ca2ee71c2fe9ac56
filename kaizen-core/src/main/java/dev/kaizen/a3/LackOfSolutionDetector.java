package dev.kaizen.a3;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises <em>lack-of-solution</em> statements (DOMAIN.md §4): problem statements that only name
 * a missing solution, such as "our problem is we need a case management system", "we lack a CI
 * tool", "we don't have a dashboard" or "there is no ticketing system". Such a statement hides the
 * real problem; the {@link A3Validator} reports it as {@code a3.problem.lack-of-solution}.
 *
 * <h2>How it matches</h2>
 *
 * <p>The text is split once into words (letters and digits, with inner apostrophes and hyphens:
 * {@code don't}, {@code e-mail}); letter case is ignored and curly apostrophes count as straight
 * ones. Sentence punctuation ({@code . , ; : ! ? ( ) [ ] { }} and dashes) separates words that a
 * phrase may not span. A phrase is a {@linkplain #TRIGGERS trigger} (such as {@code need} or {@code
 * there is no}) followed by the <em>thing</em> it names: an optional {@linkplain #DETERMINERS
 * determiner} and one to {@value #MAX_THING_WORDS} words that end before the next {@linkplain
 * #FUNCTION_WORDS function word}, determiner, number, quantity word or punctuation. The phrase does
 * <b>not</b> fire when:
 *
 * <ul>
 *   <li>the thing starts with a number or a {@linkplain #QUANTITY_WORDS quantity word}: "we need 18
 *       days to approve an invoice", "we don't have enough testers" state a condition;
 *   <li>the thing's last word is a {@linkplain #TIME_WORDS time word}: "we need a full day";
 *   <li>the thing's last word is a {@linkplain #NOT_A_THING generic word} such as {@code way} or
 *       {@code idea}: "there is no way to tell which release broke the build" states an inability,
 *       which is a condition, not a solution;
 *   <li>the word after the trigger is a function word: "we need to re-key every form", "the lack
 *       of", "users' needs are unclear";
 *   <li>the trigger follows a {@linkplain #NEGATORS negation}: "we do not need a new tool".
 * </ul>
 *
 * <p>The word lists are data, in one place in this class: to recognise another phrasing, add a
 * pattern to {@link #TRIGGERS} (or build a detector with {@link #of(List)}).
 *
 * <p>Matching takes time linear in the length of the text, whatever the text: words are read once,
 * a trie of trigger words is walked from each word for at most as many steps as the longest trigger
 * has words, and the thing after it is at most {@value #MAX_THING_WORDS} words long. No regular
 * expression runs over the text. Instances are immutable and thread-safe.
 */
public final class LackOfSolutionDetector {
  /**
   * The trigger patterns, one phrasing per entry: words separated by spaces, alternatives for one
   * word separated by {@code |}. Written in lower case with straight apostrophes; matching ignores
   * case and treats curly apostrophes as straight.
   */
  public static final List<String> TRIGGERS =
      List.of(
          "need|needs|needed",
          "lack|lacks|lacking|lacked",
          "lack of",
          "do|does|did not have",
          "don't|doesn't|didn't|dont|doesnt|didnt have",
          "do|does|did not yet|currently|really|even have",
          "don't|doesn't|didn't|dont|doesnt|didnt yet|currently|really|even have",
          "haven't|hasn't|hadn't|havent|hasnt|hadnt got",
          "have|has|had not got",
          "have|has|had no",
          "there is|are|was|were no",
          "there's|theres no",
          "there is|are|was|were not",
          "there isn't|aren't|wasn't|weren't|isnt|arent|wasnt|werent",
          "missing a|an",
          "without a|an|any");

  /** Determiners that may stand between a trigger and the thing it names. */
  public static final Set<String> DETERMINERS = Set.of("a", "an", "the", "any", "some");

  /**
   * Words that start a quantity: after a trigger, they make the phrase a condition ("we need two
   * days").
   */
  public static final Set<String> QUANTITY_WORDS =
      Set.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundred",
          "hundreds",
          "thousand",
          "thousands",
          "million",
          "millions",
          "dozen",
          "dozens",
          "half",
          "couple",
          "several",
          "many",
          "much",
          "few",
          "fewer",
          "less",
          "more",
          "most",
          "enough",
          "lot",
          "lots",
          "about",
          "around",
          "approximately",
          "roughly",
          "nearly",
          "almost",
          "over",
          "under",
          "up",
          "least",
          "extra",
          "double",
          "twice",
          "triple");

  /**
   * Time words: a thing that ends in one is a duration, so the phrase is a condition ("we need a
   * full day").
   */
  public static final Set<String> TIME_WORDS =
      Set.of(
          "second",
          "seconds",
          "minute",
          "minutes",
          "hour",
          "hours",
          "day",
          "days",
          "week",
          "weeks",
          "fortnight",
          "fortnights",
          "month",
          "months",
          "quarter",
          "quarters",
          "year",
          "years",
          "time",
          "times",
          "while",
          "moment",
          "deadline",
          "deadlines",
          "sprint",
          "sprints");

  /** Generic words that name no solution: "there is no way to tell", "we have no idea how many". */
  public static final Set<String> NOT_A_THING =
      Set.of(
          "way",
          "ways",
          "idea",
          "clue",
          "choice",
          "option",
          "reason",
          "doubt",
          "chance",
          "need",
          "point",
          "sense",
          "matter",
          "problem",
          "problems",
          "issue",
          "issues",
          "one",
          "longer",
          "sign",
          "evidence",
          "trace",
          "record",
          "records",
          "data",
          "control",
          "visibility",
          "insight",
          "knowledge",
          "say",
          "right",
          "guarantee");

  /**
   * Function words, and a few words that follow a noun ({@code left}, {@code available}): right
   * after a trigger they show that no thing is named ("we need to", "lack of"); inside a thing they
   * end it ("there is no time left").
   */
  public static final Set<String> FUNCTION_WORDS =
      Set.of(
          "to",
          "for",
          "of",
          "in",
          "on",
          "at",
          "by",
          "with",
          "from",
          "into",
          "onto",
          "than",
          "as",
          "and",
          "or",
          "but",
          "nor",
          "if",
          "when",
          "whenever",
          "because",
          "so",
          "since",
          "until",
          "unless",
          "while",
          "where",
          "which",
          "who",
          "whom",
          "whose",
          "what",
          "how",
          "why",
          "that",
          "this",
          "these",
          "those",
          "it",
          "its",
          "them",
          "they",
          "their",
          "we",
          "our",
          "us",
          "you",
          "your",
          "he",
          "him",
          "his",
          "she",
          "her",
          "i",
          "me",
          "my",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "am",
          "do",
          "does",
          "did",
          "has",
          "have",
          "had",
          "will",
          "would",
          "can",
          "could",
          "should",
          "must",
          "may",
          "might",
          "shall",
          "not",
          "no",
          "yet",
          "only",
          "just",
          "also",
          "too",
          "very",
          "then",
          "there",
          "here",
          "anymore",
          "anything",
          "nothing",
          "something",
          "everything",
          "anyone",
          "someone",
          "everyone",
          "nobody",
          "all",
          "each",
          "every",
          "both",
          "either",
          "neither",
          "such",
          "other",
          "another",
          "same",
          "own",
          "left",
          "remaining",
          "available",
          "whatsoever");

  /** Negations: a trigger right after one does not fire ("we don't need a new tool"). */
  public static final Set<String> NEGATORS =
      Set.of(
          "not",
          "don't",
          "doesn't",
          "didn't",
          "dont",
          "doesnt",
          "didnt",
          "never",
          "no",
          "won't",
          "wont",
          "hardly",
          "scarcely",
          "shouldn't",
          "shouldnt",
          "cannot",
          "can't",
          "cant");

  /** The most words a named thing may have; a longer noun phrase is cut. */
  public static final int MAX_THING_WORDS = 4;

  private static final LackOfSolutionDetector STANDARD = new LackOfSolutionDetector(TRIGGERS);

  private final List<String> triggers;
  private final Node root = new Node();
  private final int depth;

  private LackOfSolutionDetector(List<String> triggers) {
    this.triggers = ImmutableList.copyOf(triggers);
    if (this.triggers.isEmpty()) {
      throw new IllegalArgumentException("a detector needs at least one trigger pattern");
    }
    int longest = 0;
    for (String pattern : this.triggers) {
      longest = Math.max(longest, add(pattern));
    }
    this.depth = longest;
  }

  /**
   * Returns the detector of the standard {@link #TRIGGERS}.
   *
   * @return the standard detector
   */
  public static LackOfSolutionDetector standard() {
    return STANDARD;
  }

  /**
   * Returns a detector of other trigger patterns, written like {@link #TRIGGERS}, with the same
   * word lists.
   *
   * @param triggers the patterns, such as {@code "we require|want"}
   * @return the detector
   * @throws IllegalArgumentException if the list is empty or a pattern is blank or has a slot that
   *     is not one word
   */
  public static LackOfSolutionDetector of(List<String> triggers) {
    return new LackOfSolutionDetector(triggers);
  }

  /**
   * Returns the trigger patterns this detector recognises.
   *
   * @return the patterns
   */
  public List<String> triggers() {
    return triggers;
  }

  /**
   * Finds the first lack-of-solution phrase in {@code text}.
   *
   * @param text the text, such as a problem statement
   * @return the first finding, or empty when the text names no missing solution
   */
  public Optional<LackOfSolutionFinding> find(String text) {
    Words words = Words.of(text);
    for (int i = 0; i < words.size(); i++) {
      Optional<LackOfSolutionFinding> found = matchAt(text, words, i);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Finds every lack-of-solution phrase in {@code text}, in order; phrases do not overlap.
   *
   * @param text the text
   * @return the findings, possibly empty
   */
  public List<LackOfSolutionFinding> findAll(String text) {
    Words words = Words.of(text);
    List<LackOfSolutionFinding> all = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<LackOfSolutionFinding> found = matchAt(text, words, i);
      if (found.isPresent()) {
        all.add(found.get());
        int end = found.get().end();
        while (i < words.size() && words.start[i] < end) {
          i++;
        }
      } else {
        i++;
      }
    }
    return ImmutableList.copyOf(all);
  }

  // ---------------------------------------------------------------- matching

  private Optional<LackOfSolutionFinding> matchAt(String text, Words words, int first) {
    Node node = root.children.get(words.word[first]);
    if (node == null) {
      return Optional.empty();
    }
    if (first > 0 && !words.breakBefore[first] && NEGATORS.contains(words.word[first - 1])) {
      return Optional.empty();
    }
    // Walk the trie: at most as many steps as the longest trigger has words. Remember where each
    // trigger ends, so that the longest can be tried first: "lack of a tool" is "lack of" + "a
    // tool", not "lack" + "of".
    int[] ends = new int[depth];
    String[] patterns = new String[depth];
    int found = 0;
    for (int m = first; ; ) {
      if (node.pattern != null) {
        ends[found] = m;
        patterns[found] = node.pattern;
        found++;
      }
      m++;
      if (m >= words.size() || words.breakBefore[m]) {
        break;
      }
      node = node.children.get(words.word[m]);
      if (node == null) {
        break;
      }
    }
    for (int e = found - 1; e >= 0; e--) {
      Optional<LackOfSolutionFinding> finding = thing(text, words, first, ends[e], patterns[e]);
      if (finding.isPresent()) {
        return finding;
      }
    }
    return Optional.empty();
  }

  private static Optional<LackOfSolutionFinding> thing(
      String text, Words words, int first, int last, String pattern) {
    int k = last + 1;
    if (k >= words.size() || words.breakBefore[k]) {
      return Optional.empty();
    }
    if (DETERMINERS.contains(words.word[k])) {
      k++;
      if (k >= words.size() || words.breakBefore[k]) {
        return Optional.empty();
      }
    }
    String head = words.word[k];
    if (isNumber(head)
        || QUANTITY_WORDS.contains(head)
        || FUNCTION_WORDS.contains(head)
        || DETERMINERS.contains(head)
        || NEGATORS.contains(head)) {
      return Optional.empty();
    }
    int j = k + 1;
    while (j < words.size() && j - k < MAX_THING_WORDS && !words.breakBefore[j]) {
      String w = words.word[j];
      if (FUNCTION_WORDS.contains(w)
          || DETERMINERS.contains(w)
          || NEGATORS.contains(w)
          || QUANTITY_WORDS.contains(w)
          || isNumber(w)) {
        break;
      }
      j++;
    }
    String tail = words.word[j - 1];
    if (TIME_WORDS.contains(tail) || NOT_A_THING.contains(tail)) {
      return Optional.empty();
    }
    int start = words.start[first];
    int end = words.end[j - 1];
    return Optional.of(
        LackOfSolutionFinding.builder()
            .phrase(text.substring(start, end))
            .start(start)
            .end(end)
            .trigger(pattern)
            .solution(text.substring(words.start[k], end))
            .build());
  }

  private static boolean isNumber(String word) {
    if (Character.isDigit(word.codePointAt(0))) {
      return true;
    }
    int hyphen = word.indexOf('-');
    return hyphen > 0 && QUANTITY_WORDS.contains(word.substring(0, hyphen));
  }

  // ---------------------------------------------------------------- the trigger trie

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    String pattern;
  }

  /** Adds {@code pattern} to the trie and returns how many words it has. */
  private int add(String pattern) {
    if (pattern.isBlank()) {
      throw new IllegalArgumentException(
          "a trigger pattern must not be blank, but was \"" + pattern + "\"");
    }
    List<List<String>> slots = new ArrayList<>();
    for (String slot : pattern.trim().split("\\s+")) {
      List<String> alternatives = new ArrayList<>();
      for (String alternative : slot.split("\\|", -1)) {
        Words parsed = Words.of(alternative);
        if (parsed.size() != 1 || parsed.start[0] != 0 || parsed.end[0] != alternative.length()) {
          throw new IllegalArgumentException(
              "in trigger pattern \""
                  + pattern
                  + "\", \""
                  + alternative
                  + "\" is not one word; separate words with spaces and alternatives of one word with |");
        }
        alternatives.add(parsed.word[0]);
      }
      slots.add(alternatives);
    }
    List<Node> level = List.of(root);
    for (List<String> alternatives : slots) {
      List<Node> next = new ArrayList<>();
      for (Node node : level) {
        for (String word : alternatives) {
          next.add(node.children.computeIfAbsent(word, w -> new Node()));
        }
      }
      level = next;
    }
    for (Node node : level) {
      if (node.pattern == null) {
        node.pattern = pattern;
      }
    }
    return slots.size();
  }

  // ---------------------------------------------------------------- words

  /**
   * The words of a text, read once: lower-case word, its span, and whether punctuation precedes it.
   */
  private static final class Words {
    String[] word = new String[16];
    int[] start = new int[16];
    int[] end = new int[16];
    boolean[] breakBefore = new boolean[16];
    private int size;

    int size() {
      return size;
    }

    static Words of(String text) {
      Words words = new Words();
      int n = text.length();
      int i = 0;
      boolean pendingBreak = false;
      StringBuilder current = new StringBuilder();
      while (i < n) {
        int cp = text.codePointAt(i);
        if (!Character.isLetterOrDigit(cp)) {
          if (isBreak(cp)) {
            pendingBreak = true;
          }
          i += Character.charCount(cp);
          continue;
        }
        int begin = i;
        current.setLength(0);
        while (i < n) {
          int c = text.codePointAt(i);
          int width = Character.charCount(c);
          if (Character.isLetterOrDigit(c)) {
            current.appendCodePoint(c);
            i += width;
          } else if ((isApostrophe(c) || c == '-')
              && i + width < n
              && Character.isLetterOrDigit(text.codePointAt(i + width))) {
            current.append(c == '-' ? '-' : '\'');
            i += width;
          } else {
            break;
          }
        }
        words.add(current.toString().toLowerCase(Locale.ROOT), begin, i, pendingBreak);
        pendingBreak = false;
      }
      return words;
    }

    private void add(String w, int from, int to, boolean afterBreak) {
      if (size == word.length) {
        int capacity = size * 2;
        word = Arrays.copyOf(word, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        breakBefore = Arrays.copyOf(breakBefore, capacity);
      }
      word[size] = w;
      start[size] = from;
      end[size] = to;
      breakBefore[size] = afterBreak;
      size++;
    }

    private static boolean isApostrophe(int cp) {
      return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC';
    }

    private static boolean isBreak(int cp) {
      switch (cp) {
        case '.':
        case ',':
        case ';':
        case ':':
        case '!':
        case '?':
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case '\u2013':
        case '\u2014':
        case '\u2026':
          return true;
        default:
          return false;
      }
    }
  }
}
