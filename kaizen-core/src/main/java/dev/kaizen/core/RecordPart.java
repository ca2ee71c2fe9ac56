package dev.kaizen.core;

import java.util.Optional;

/**
 * One numbered part of an {@link ImprovementRecord}: a step of the Kaizen six-step record or a
 * section of the A3. Parts are filled in order; {@link RecordParts} computes, for one record, which
 * parts are filled, which one comes next and which are filled out of order.
 *
 * <p>The order rule has two pieces. A {@linkplain #isRequired() required} part is in every record
 * and every later part depends on it. Beyond that, a part may {@linkplain #dependsOn() depend} on
 * one earlier part, and through it on that part's own dependencies: Kaizen step <i>n</i> depends on
 * step <i>n</i> − 1 (DOMAIN.md §3, "a step is filled while an earlier one is missing"); from the
 * countermeasures on, each A3 section depends on the one before it (§4, "a section is filled while
 * one it depends on is missing").
 *
 * <p>Implemented by enums whose constants are declared in the order of their {@linkplain #number()
 * numbers}, 1, 2, 3 and so on.
 */
public interface RecordPart {
  /**
   * Returns the part's number: its position in the record, from 1.
   *
   * @return the number
   */
  int number();

  /**
   * Returns the JSON property that holds the part.
   *
   * @return the property name, such as {@code analysis} or {@code rootCauses}
   */
  String property();

  /**
   * Returns the part's title in words.
   *
   * @return the title, such as {@code generate original ideas}
   */
  String title();

  /**
   * Returns what a part of this kind is called.
   *
   * @return {@code step} or {@code section}
   */
  String noun();

  /**
   * Tells whether every record has this part. Every later part depends on a required one.
   *
   * @return true for a required part
   */
  boolean isRequired();

  /**
   * Returns the earlier part this one directly depends on: it may be filled only while that part
   * (and whatever that part depends on) is filled.
   *
   * @return the part that must be filled first, or empty when the part depends on no part but the
   *     required ones
   */
  Optional<? extends RecordPart> dependsOn();

  /**
   * Returns the part as people read it: noun, number and title, such as {@code step 3 (generate
   * original ideas)} or {@code section 4 (root-cause analysis)}.
   *
   * @return the label
   */
  default String label() {
    return noun() + " " + number() + " (" + title() + ")";
  }
}
