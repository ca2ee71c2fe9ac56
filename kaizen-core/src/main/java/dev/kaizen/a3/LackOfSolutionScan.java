package dev.kaizen.a3;

import com.google.common.collect.ImmutableList;
import dev.kaizen.a3.LackOfSolutionDetector.TriggerTrie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of a {@link LackOfSolutionDetector} over one text: the words of the text, read once, the
 * phrases found, and the work it took. Every loop counts its steps in {@link #steps}, so that a
 * test can show that the work is bounded by a constant times the length of the text.
 */
final class LackOfSolutionScan {
  private static final int INITIAL = 16;

  private final LackOfSolutionDetector d;
  private final String text;

  private String[] word = new String[INITIAL];
  private int[] start = new int[INITIAL];
  private int[] end = new int[INITIAL];
  private boolean[] breakBefore = new boolean[INITIAL];
  private boolean[] number = new boolean[INITIAL];
  private boolean[] symbol = new boolean[INITIAL];
  private int size;
  private boolean[] inObject = new boolean[0];

  /** The work done: characters read, trie steps, words looked at. */
  long steps;

  /** The phrases found, in order; empty when the text reports a measured condition. */
  List<LackOfSolutionFinding> findings = List.of();

  /** Whether the text reports a measured condition. */
  boolean measured;

  LackOfSolutionScan(LackOfSolutionDetector detector, String text) {
    this.d = detector;
    this.text = text;
  }

  /** A scan that only splits {@code text} into words (it has no detector, so it cannot run). */
  private LackOfSolutionScan(String text) {
    this.d = null;
    this.text = text;
  }

  void run() {
    tokenise();
    inObject = new boolean[size];
    List<LackOfSolutionFinding> found = new ArrayList<>();
    int i = 0;
    int lastEnd = 0;
    while (i < size) {
      steps++;
      Optional<Match> match = matchAt(i, lastEnd);
      if (match.isPresent()) {
        found.add(match.get().finding);
        i = match.get().endToken;
        lastEnd = i;
      } else {
        i++;
      }
    }
    for (int t = 0; t < size && !measured; t++) {
      steps++;
      measured = isMeasure(t);
    }
    findings = measured ? List.of() : ImmutableList.copyOf(found);
  }

  // ---------------------------------------------------------------- triggers

  /** A phrase found, and the word just after it. */
  private static final class Match {
    final LackOfSolutionFinding finding;
    final int endToken;

    Match(LackOfSolutionFinding finding, int endToken) {
      this.finding = finding;
      this.endToken = endToken;
    }
  }

  private Optional<Match> matchAt(int first, int lo) {
    TriggerTrie.Node node = d.trie.root.children.get(word[first]);
    if (node == null) {
      return Optional.empty();
    }
    if (first > 0 && !breakBefore[first] && d.negators.contains(word[first - 1])) {
      return Optional.empty();
    }
    if (d.adjectiveForms.contains(word[first])
        && (first == 0 || breakBefore[first] || d.determiners.contains(word[first - 1]))) {
      return Optional.empty();
    }
    boolean clauseStart = first == 0 || breakBefore[first];
    // Walk the trie for at most as many words as the longest trigger has; remember each node where
    // a trigger ends, so that the longest can be tried first ("lack of a tool" is "lack of" + "a
    // tool", not "lack" + "of").
    TriggerTrie.Node[] nodes = new TriggerTrie.Node[d.trie.depth];
    int[] lasts = new int[d.trie.depth];
    int found = 0;
    for (int m = first; ; ) {
      steps++;
      if (!node.ends.isEmpty()) {
        nodes[found] = node;
        lasts[found] = m;
        found++;
      }
      m++;
      if (!joined(m)) {
        break;
      }
      node = node.children.get(word[m]);
      if (node == null) {
        break;
      }
    }
    for (int e = found - 1; e >= 0; e--) {
      for (TriggerTrie.Entry entry : nodes[e].ends) {
        steps++;
        if (entry.atClauseStart && !clauseStart) {
          continue;
        }
        Optional<Match> match = attempt(entry, first, lasts[e], lo);
        if (match.isPresent()) {
          return match;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Match> attempt(TriggerTrie.Entry entry, int first, int last, int lo) {
    switch (entry.form) {
      case NAMED_THING:
        return namedThing(entry, first, last);
      case ACTION:
        return action(entry, first, last);
      case NEEDED:
        return needed(entry, first, last, lo);
      case SOLUTION:
        return solution(entry, first, last);
      default:
        return Optional.of(match(entry, first, last + 1, first, last + 1));
    }
  }

  private Optional<Match> namedThing(TriggerTrie.Entry entry, int first, int last) {
    int k = last + 1;
    if (!joined(k)) {
      return Optional.empty();
    }
    int object = k;
    if (d.determiners.contains(word[k])) {
      k++;
      if (!joined(k)) {
        return Optional.empty();
      }
    }
    boolean resource = false;
    int solution = k;
    if (d.resourceQuantifiers.contains(word[k])) {
      resource = true;
      k++;
    } else if ((number[k] || isQuantity(k))
        && joined(k + 1)
        && d.resourceQuantifiers.contains(word[k + 1])) {
      resource = true;
      k += 2;
    } else if (number[k] || isQuantity(k) || symbol[k]) {
      markRejected(object);
      return Optional.empty();
    }
    if (!joined(k) || stopsAThing(k)) {
      mark(object, k);
      return Optional.empty();
    }
    int head = k;
    int j = head + 1;
    while (joined(j) && j - head < LackOfSolutionDetector.MAX_THING_WORDS && !stopsAThing(j)) {
      steps++;
      j++;
    }
    mark(object, j);
    String tail = word[j - 1];
    if (d.timeWords.contains(tail)) {
      return Optional.empty();
    }
    if (!resource && j - head == 1 && d.notAThing.contains(tail)) {
      return Optional.empty();
    }
    return Optional.of(match(entry, first, j, solution, j));
  }

  private Optional<Match> action(TriggerTrie.Entry entry, int first, int last) {
    int verb = last + 1;
    if (!joined(verb) || !d.solutionVerbs.contains(word[verb])) {
      return Optional.empty();
    }
    int k = verb + 1;
    if (joined(k) && d.particles.contains(word[k])) {
      k++;
    }
    int j = proposal(k);
    j = Math.max(j, verb + 1);
    mark(verb, j);
    return Optional.of(match(entry, first, j, verb, j));
  }

  private Optional<Match> needed(TriggerTrie.Entry entry, int first, int last, int lo) {
    int b = first - 1;
    int count = 0;
    while (b >= lo
        && !breakBefore[b + 1]
        && count < LackOfSolutionDetector.MAX_THING_WORDS
        && !stopsAThing(b)) {
      steps++;
      b--;
      count++;
    }
    if (count == 0) {
      return Optional.empty();
    }
    int subject = b + 1;
    int phrase = subject;
    if (b >= lo && !breakBefore[b + 1]) {
      if (d.determiners.contains(word[b]) || d.resourceQuantifiers.contains(word[b])) {
        phrase = b;
      } else if (number[b] || isQuantity(b)) {
        mark(b, first);
        return Optional.empty();
      }
    }
    mark(phrase, first);
    return Optional.of(match(entry, phrase, last + 1, subject, first));
  }

  private Optional<Match> solution(TriggerTrie.Entry entry, int first, int last) {
    int k = last + 1;
    if (joined(k) && word[k].equals("to")) {
      k++;
    }
    if (!joined(k) || d.functionWords.contains(word[k]) || d.negators.contains(word[k])) {
      return Optional.empty();
    }
    int j = Math.max(proposal(k), k + 1);
    mark(k, j);
    return Optional.of(match(entry, first, j, k, j));
  }

  /**
   * Reads a proposal from {@code k}: words up to a function word, a negation or punctuation, at
   * most {@code MAX_THING_WORDS + 2} of them; returns the word after it, without trailing
   * determiners or particles.
   */
  private int proposal(int k) {
    int j = k;
    while (joined(j)
        && j - k < LackOfSolutionDetector.MAX_THING_WORDS + 2
        && !(d.functionWords.contains(word[j]) && !d.resourceQuantifiers.contains(word[j]))
        && !d.negators.contains(word[j])) {
      steps++;
      j++;
    }
    while (j > k && (d.determiners.contains(word[j - 1]) || d.particles.contains(word[j - 1]))) {
      steps++;
      j--;
    }
    return j;
  }

  private Match match(TriggerTrie.Entry entry, int from, int to, int solutionFrom, int solutionTo) {
    int s = start[from];
    int e = end[to - 1];
    String solution =
        solutionTo > solutionFrom
            ? text.substring(start[solutionFrom], end[solutionTo - 1])
            : text.substring(s, e);
    LackOfSolutionFinding finding =
        LackOfSolutionFinding.builder()
            .phrase(text.substring(s, e))
            .start(s)
            .end(e)
            .trigger(entry.pattern)
            .form(entry.form)
            .solution(solution)
            .build();
    return new Match(finding, to);
  }

  private boolean stopsAThing(int t) {
    String w = word[t];
    return d.functionWords.contains(w)
        || d.determiners.contains(w)
        || d.negators.contains(w)
        || isQuantity(t)
        || number[t]
        || symbol[t];
  }

  private boolean isQuantity(int t) {
    String w = word[t];
    if (d.quantityWords.contains(w)) {
      return true;
    }
    int hyphen = w.indexOf('-');
    return hyphen > 0 && d.quantityWords.contains(w.substring(0, hyphen));
  }

  /** Whether word {@code t} exists and no punctuation stands between it and the word before. */
  private boolean joined(int t) {
    return t < size && !breakBefore[t];
  }

  private void mark(int from, int to) {
    for (int t = Math.max(from, 0); t < to && t < size; t++) {
      steps++;
      inObject[t] = true;
    }
  }

  /** Marks a rejected object that starts with a number or quantity: "18 days", "a full day". */
  private void markRejected(int from) {
    int j = from;
    while (j < size
        && (j == from || !breakBefore[j])
        && j - from < LackOfSolutionDetector.MAX_THING_WORDS + 3
        && !d.functionWords.contains(word[j])
        && !d.negators.contains(word[j])) {
      steps++;
      j++;
    }
    mark(from, j);
  }

  // ---------------------------------------------------------------- measures

  private boolean isNumeral(int t) {
    if (number[t]) {
      return true;
    }
    String w = word[t];
    if (d.numberWords.contains(w)) {
      return true;
    }
    int hyphen = w.indexOf('-');
    return hyphen > 0 && d.numberWords.contains(w.substring(0, hyphen));
  }

  /** Whether word {@code t} is a number tied to an effect: a measure (see the class Javadoc). */
  private boolean isMeasure(int t) {
    if (inObject[t]) {
      return false;
    }
    String w = word[t];
    if (d.fractionWords.contains(w) && joined(t + 1) && word[t + 1].equals("of")) {
      return true; // "half of", "a third of"
    }
    if (!number[t] && Character.isDigit(w.charAt(0))) {
      int letter = 0;
      while (letter < w.length() && !Character.isLetter(w.charAt(letter))) {
        steps++;
        letter++;
      }
      return letter < w.length() && d.units.contains(w.substring(letter)); // "2km", "10k"
    }
    if (!isNumeral(t)) {
      return false;
    }
    if (w.equals("twice") || w.equals("thrice")) {
      return true;
    }
    if (t > 0 && !breakBefore[t] && d.negators.contains(word[t - 1])) {
      return false; // "no one"
    }
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0 && d.units.contains(w.substring(hyphen + 1))) {
      return true; // "24-hour", "five-minute"
    }
    if (t > 0 && !breakBefore[t] && symbol[t - 1] && d.units.contains(word[t - 1])) {
      return true; // "€80,000"
    }
    if (joined(t + 1) && RATIO.contains(word[t + 1])) {
      int n = t + 2;
      if (joined(n) && RATIO.contains(word[n])) {
        n++;
      }
      if (joined(n) && isNumeral(n)) {
        return true; // "1 in 5", "12 out of 40"
      }
    }
    if (!w.equals("one")
        && joined(t + 1)
        && (isCounted(t + 1) || (!stopsAThing(t + 1) && joined(t + 2) && isCounted(t + 2)))) {
      return true; // "300 complaints", "eight errors", "300 support calls"
    }
    for (int j = t + 1; j <= t + LackOfSolutionDetector.MEASURE_WINDOW && joined(j); j++) {
      steps++;
      if (d.units.contains(word[j])) {
        return true; // "9 days", "60%", "40 times a day", "40 forms a day"
      }
    }
    return false;
  }

  /** Whether word {@code t} is a plural that a number before it counts: "complaints". */
  private boolean isCounted(int t) {
    String w = word[t];
    return w.length() >= 3
        && w.endsWith("s")
        && !symbol[t]
        && !number[t]
        && !d.functionWords.contains(w)
        && !d.quantityWords.contains(w)
        && !d.numberWords.contains(w);
  }

  private static final List<String> RATIO = List.of("in", "of", "out");

  // ---------------------------------------------------------------- words

  private void tokenise() {
    int n = text.length();
    int i = 0;
    boolean pendingBreak = false;
    StringBuilder current = new StringBuilder();
    while (i < n) {
      steps++;
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        int begin = i;
        boolean digitFirst = Character.isDigit(cp);
        boolean lettersBeforeHyphen = false;
        boolean hyphen = false;
        boolean ascii = true;
        current.setLength(0);
        while (i < n) {
          steps++;
          int c = text.codePointAt(i);
          int w = Character.charCount(c);
          if (Character.isLetterOrDigit(c)) {
            if (c < 0x80) {
              // ASCII is lower-cased here; any other letter below, with the whole word
              current.append((char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
            } else {
              ascii = false;
              current.appendCodePoint(c);
            }
            if (!hyphen && Character.isLetter(c)) {
              lettersBeforeHyphen = true;
            }
            i += w;
          } else if ((isApostrophe(c) || c == '-')
              && i + w < n
              && Character.isLetterOrDigit(text.codePointAt(i + w))) {
            current.append(c == '-' ? '-' : '\'');
            hyphen |= c == '-';
            i += w;
          } else if ((c == '.' || c == ',')
              && !hyphen
              && Character.isDigit(text.codePointBefore(i))
              && i + 1 < n
              && Character.isDigit(text.charAt(i + 1))) {
            current.append((char) c);
            i += w;
          } else {
            break;
          }
        }
        add(
            ascii ? current.toString() : current.toString().toLowerCase(Locale.ROOT),
            begin,
            i,
            pendingBreak,
            digitFirst && !lettersBeforeHyphen,
            false);
        pendingBreak = false;
      } else if (isSymbolWord(cp)) {
        add(new String(Character.toChars(cp)), i, i + width, pendingBreak, false, true);
        pendingBreak = false;
        i += width;
      } else {
        if (isBreak(cp)) {
          pendingBreak = true;
        }
        i += width;
      }
    }
  }

  private void add(String w, int from, int to, boolean afterBreak, boolean isNumber, boolean sym) {
    if (size == word.length) {
      int capacity = size * 2;
      word = Arrays.copyOf(word, capacity);
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      breakBefore = Arrays.copyOf(breakBefore, capacity);
      number = Arrays.copyOf(number, capacity);
      symbol = Arrays.copyOf(symbol, capacity);
    }
    word[size] = w;
    start[size] = from;
    end[size] = to;
    breakBefore[size] = afterBreak;
    number[size] = isNumber;
    symbol[size] = sym;
    size++;
  }

  /** Lower case (root locale), straight apostrophes: how word lists are kept. */
  static String normalise(String entry) {
    StringBuilder out = new StringBuilder(entry.length());
    entry
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(cp -> out.appendCodePoint(isApostrophe(cp) ? '\'' : cp));
    return out.toString();
  }

  /** The one word {@code text} is, as matching sees it; empty if it is not exactly one word. */
  static Optional<String> singleWord(String text) {
    LackOfSolutionScan scan = new LackOfSolutionScan(text);
    scan.tokenise();
    if (scan.size != 1 || scan.start[0] != 0 || scan.end[0] != text.length()) {
      return Optional.empty();
    }
    return Optional.of(scan.word[0]);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC';
  }

  private static boolean isSymbolWord(int cp) {
    return cp == '%' || cp == '\u20AC' || cp == '$' || cp == '\u00A3';
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
      case '\n':
      case '\r':
      case '\u2013':
      case '\u2014':
      case '\u2026':
        return true;
      default:
        return false;
    }
  }
}
