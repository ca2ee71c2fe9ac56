package dev.kaizen.portfolio;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;

/**
 * The four places of the portfolio quadrant. Both {@linkplain Scale scales} share this layout; a
 * quadrant is a position together with the key its scale gives it ({@link
 * Scale#key(QuadrantPosition)}).
 */
public enum QuadrantPosition implements Tokenized {
  /** Top left: improved support, or improved client/user relationships. */
  TOP_LEFT,
  /** Top right: new features, or improve products. */
  TOP_RIGHT,
  /** Bottom left: reduce tech debt, or reduce organisational dysfunction. */
  BOTTOM_LEFT,
  /** Bottom right: innovation, or organisational innovation. */
  BOTTOM_RIGHT;

  @Override
  public String token() {
    return Tokens.kebab(this);
  }
}
