package dev.kaizen.a3;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/** The outcome of an {@link Experiment} that tests a root-cause hypothesis. */
public enum Outcome implements Tokenized {
  /** The experiment has not yet given a result. */
  PENDING,
  /** The experiment supports the hypothesis. */
  CONFIRMED,
  /** The experiment shows the hypothesis is wrong. */
  REFUTED;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}
