package dev.kaizen.validation;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/** How serious a violation is. A document with no {@link #ERROR} is valid. */
public enum Severity implements Tokenized {
  /** The document is wrong: it is not valid until this is fixed. */
  ERROR,
  /** The document is valid but shows weak practice. */
  WARNING;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}
