package dev.kaizen.core;

/** A coarse label for effort or gain: {@code low}, {@code medium} or {@code high}. */
public enum Level implements Tokenized {
  /** Rank 1. */
  LOW,
  /** Rank 2. */
  MEDIUM,
  /** Rank 3. */
  HIGH;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns the rank used in priority arithmetic: low 1, medium 2, high 3.
   *
   * @return 1, 2 or 3
   */
  public int rank() {
    return ordinal() + 1;
  }
}
