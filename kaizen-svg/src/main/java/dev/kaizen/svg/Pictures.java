package dev.kaizen.svg;

import dev.kaizen.a3.A3;
import dev.kaizen.core.Document;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.sixstep.KaizenRecord;

/**
 * Draws any Kaizen document as an SVG picture (DOMAIN.md §11).
 *
 * <ul>
 *   <li>an {@linkplain #assessment(Assessment) assessment}: the competence/influence matrix with
 *       its four quadrants and the 0.5 thresholds, the person's position, and for a trajectory each
 *       position joined to the next by an arrow in the history's order (the validator requires it
 *       to be date order), a step that warned {@code matrix.trajectory.influence-before-competence}
 *       ringed and marked "!";
 *   <li>a {@linkplain #portfolio(Portfolio) portfolio}: per quarter the four quadrants, each with
 *       its planned and actual share as bars side by side, drift beyond 0.10 ({@code
 *       portfolio.quarter.drift}) and neglect ({@code portfolio.quadrant.neglected}) marked;
 *   <li>a {@linkplain #progressionCase(ProgressionCase) progression case}: its ladder of levels,
 *       each criterion met or short, the highest level met and the target marked;
 *   <li>a {@linkplain #framework(Framework) framework}: the same ladder with each level's
 *       thresholds;
 *   <li>a {@linkplain #kaizen(KaizenRecord) Kaizen record} and an {@linkplain #a3(A3) A3}: the
 *       steps or sections, each filled, current or missing, and the baseline, the target and the
 *       result on the metric's axis.
 * </ul>
 *
 * <p>Every picture is a complete SVG 1.1 document in UTF-8 with a {@code viewBox} 640 user units
 * wide, in which no text is smaller than 12 units, so it stays legible shown 320 pixels wide. It is
 * deterministic: the same document gives the same bytes, on any JVM, in any locale and time zone
 * (numbers use {@link java.util.Locale#ROOT} and fixed decimals; nothing depends on the clock or on
 * hash order). It is self-contained (no script, no external font, image, style sheet or link; the
 * font is the generic {@code sans-serif}) and accessible: {@code role="img"} and {@code
 * aria-labelledby} name its {@code <title>} and a {@code <desc>} that says in words what the
 * picture shows. Every text taken from the document is XML-escaped; one too long for its room is
 * wrapped or cut with an ellipsis, the full text then in a {@code <title>} of its element. Elements
 * carry {@code class} names that say what they show ({@code position current}, {@code quadrant
 * leader}, {@code criterion scope short}, {@code step current}, {@code value target}, …) for
 * styling and tests.
 *
 * <p>Stateless and thread-safe. A picture draws the document as it is, also one with rule
 * violations; only values a picture cannot place (such as an expertise outside [0, 1]) are clamped
 * to its axes.
 */
public final class Pictures {
  private Pictures() {}

  /**
   * Draws {@code document} according to its kind.
   *
   * @param document any document
   * @return the picture as SVG text
   * @throws IllegalArgumentException if the document is not the library's type for its kind (a
   *     {@link Document} implemented outside the library)
   */
  public static String svg(Document document) {
    switch (document.kind()) {
      case KAIZEN:
        return kaizen(as(KaizenRecord.class, document));
      case A3:
        return a3(as(A3.class, document));
      case ASSESSMENT:
        return assessment(as(Assessment.class, document));
      case FRAMEWORK:
        return framework(as(Framework.class, document));
      case PROGRESSION_CASE:
        return progressionCase(as(ProgressionCase.class, document));
      case PORTFOLIO:
        return portfolio(as(Portfolio.class, document));
      default:
        throw new IllegalArgumentException("no picture for documents of kind " + document.kind());
    }
  }

  private static <T extends Document> T as(Class<T> type, Document document) {
    if (!type.isInstance(document)) {
      throw new IllegalArgumentException(
          "a document of kind "
              + document.kind().token()
              + " must be a "
              + type.getSimpleName()
              + " to be drawn, not a "
              + document.getClass().getName());
    }
    return type.cast(document);
  }

  /**
   * Draws an assessment as the competence/influence matrix.
   *
   * @param assessment the assessment, a single position or a trajectory
   * @return the picture as SVG text
   */
  public static String assessment(Assessment assessment) {
    return AssessmentPicture.draw(assessment);
  }

  /**
   * Draws a portfolio's quarters, planned against actual share per quadrant.
   *
   * @param portfolio the portfolio
   * @return the picture as SVG text
   */
  public static String portfolio(Portfolio portfolio) {
    return PortfolioPicture.draw(portfolio);
  }

  /**
   * Draws a progression case as its ladder of levels.
   *
   * @param progressionCase the case
   * @return the picture as SVG text
   */
  public static String progressionCase(ProgressionCase progressionCase) {
    return ProgressionPicture.draw(progressionCase);
  }

  /**
   * Draws a framework as its ladder of levels and their thresholds.
   *
   * @param framework the framework
   * @return the picture as SVG text
   */
  public static String framework(Framework framework) {
    return ProgressionPicture.drawFramework(framework);
  }

  /**
   * Draws a Kaizen record: its six steps and the metric's axis.
   *
   * @param record the record, complete or in progress
   * @return the picture as SVG text
   */
  public static String kaizen(KaizenRecord record) {
    return RecordPicture.kaizen(record);
  }

  /**
   * Draws an A3: its seven sections and the metric's axis.
   *
   * @param a3 the A3, complete or in progress
   * @return the picture as SVG text
   */
  public static String a3(A3 a3) {
    return RecordPicture.a3(a3);
  }
}
