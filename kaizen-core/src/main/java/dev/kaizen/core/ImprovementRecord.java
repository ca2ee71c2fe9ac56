package dev.kaizen.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A written record of one improvement: the evidence that someone made a positive change. The Kaizen
 * six-step record and the A3 are both improvement records, and progression cases count them as
 * evidence. This is what they share: who, when, and how far the change reaches.
 */
public interface ImprovementRecord extends Document {
  /**
   * Returns the record's id.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the record's title.
   *
   * @return the title
   */
  String title();

  /**
   * Returns who owns the improvement, if named.
   *
   * @return the owner, or empty
   */
  Optional<String> owner();

  /**
   * Returns the day the record was opened.
   *
   * @return the date
   */
  LocalDate opened();

  /**
   * Returns how far the change reaches.
   *
   * @return the scope
   */
  Scope scope();

  /**
   * Returns how many people the change affects, if known.
   *
   * @return the reach, zero or more, or empty
   */
  OptionalInt reach();
}
