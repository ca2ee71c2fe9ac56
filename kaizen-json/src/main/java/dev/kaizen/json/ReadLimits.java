package dev.kaizen.json;

/**
 * The size limits a reader enforces, so that hostile input cannot exhaust memory or the stack.
 * Input past a limit is {@linkplain BadInputException bad input}. Immutable; change a limit with a
 * {@code with} method, as in {@code ReadLimits.defaults().withMaxDocumentLength(1 << 20)}.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>nesting depth (objects and arrays inside each other)</td><td>64</td></tr>
 *   <tr><td>length of one string or property name, in characters</td><td>100,000</td></tr>
 *   <tr><td>length of one document, in characters (bytes for byte input)</td><td>16,000,000</td></tr>
 *   <tr><td>digits of one number (not configurable)</td><td>1,000</td></tr>
 * </table>
 *
 * <h2>What the limits bound</h2>
 *
 * <p>No list has a limit of its own: the number of evidence records, items, candidates, quarters,
 * history entries and ratings is bounded by the document length, and every path costs time and
 * memory in proportion to the document:
 *
 * <ul>
 *   <li>reading is linear in the input, and holds one document's tree in memory while it binds it;
 *   <li>validating, scoring and deriving are linear in the document's lists; a progression case
 *       validates and scores each evidence record exactly once, then checks its levels in order;
 *   <li>the lack-of-solution detector is linear in a statement (at most the string limit, 100,000
 *       characters by default), and the A3 validator reports only its first finding;
 *   <li>the portfolio planner ({@code plan}, not {@code score}) works on at most {@code
 *       PortfolioPlanner.MAX_CELLS} cells per quadrant, whatever the budget (at most
 *       10<sup>15</sup>) or the number of candidates or decimals: past that it plans coarsely, says
 *       so, and never overspends;
 *   <li>{@code kaizen.jar score --ndjson} holds one line (at most the document limit) at a time.
 * </ul>
 *
 * <p>docs/reliability.md has the details and the measurements.
 */
public final class ReadLimits {
  /** The default maximum nesting depth, 64. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default maximum length of a string, 100,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** The default maximum length of a document, 16,000,000 characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16_000_000L;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_DOCUMENT_LENGTH);

  private final int maxDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;

  private ReadLimits(int maxDepth, int maxStringLength, long maxDocumentLength) {
    if (maxDepth < 1) {
      throw new IllegalArgumentException("maximum depth must be at least 1, not " + maxDepth);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException(
          "maximum string length must be at least 1, not " + maxStringLength);
    }
    if (maxDocumentLength < 2) {
      throw new IllegalArgumentException(
          "maximum document length must be at least 2, not " + maxDocumentLength);
    }
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * Returns the default limits.
   *
   * @return depth 64, strings of 100,000 characters, documents of 16,000,000 characters
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the maximum nesting depth; the document's root object is depth 1.
   *
   * @return the maximum depth
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the maximum length of one string or property name.
   *
   * @return characters
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the maximum length of one document.
   *
   * @return characters, or bytes for byte input
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns these limits with another maximum depth.
   *
   * @param value the maximum depth, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxDocumentLength);
  }

  /**
   * Returns these limits with another maximum string length.
   *
   * @param value characters, at least 1
   * @return the new limits
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxDepth, value, maxDocumentLength);
  }

  /**
   * Returns these limits with another maximum document length.
   *
   * @param value characters (bytes for byte input), at least 2
   * @return the new limits
   */
  public ReadLimits withMaxDocumentLength(long value) {
    return new ReadLimits(maxDepth, maxStringLength, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits
        && ((ReadLimits) other).maxDepth == maxDepth
        && ((ReadLimits) other).maxStringLength == maxStringLength
        && ((ReadLimits) other).maxDocumentLength == maxDocumentLength;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxDepth, maxStringLength, maxDocumentLength);
  }

  @Override
  public String toString() {
    return "ReadLimits[maxDepth="
        + maxDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxDocumentLength="
        + maxDocumentLength
        + "]";
  }
}
