package dev.kaizen.core;

/**
 * How far a change reaches, smallest first. Each scope has a fixed step on the influence ladder:
 * self 0, peers 0.2, team 0.4, department 0.6, organisation 0.8, industry 1.0.
 */
public enum Scope implements Tokenized {
  /** Only the person who made the change. */
  SELF,
  /** The person's direct peers. */
  PEERS,
  /** The person's team. */
  TEAM,
  /** A department of several teams. */
  DEPARTMENT,
  /** The whole organisation. */
  ORGANISATION,
  /** Beyond the organisation: the industry. */
  INDUSTRY;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns this scope's influence on the ladder, from 0 (self) to 1 (industry) in steps of 0.2.
   *
   * @return the influence in [0, 1]
   */
  public double influence() {
    return ordinal() / 5.0;
  }

  /**
   * Tells whether this scope reaches at least as far as {@code other}.
   *
   * @param other the scope to compare with
   * @return true when this scope is {@code other} or wider
   */
  public boolean isAtLeast(Scope other) {
    return compareTo(other) >= 0;
  }
}
