package dev.kaizen.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A mutable collector that validators use to gather violations in order; {@link #result()} turns
 * them into an immutable {@link ValidationResult}. Not thread-safe: create one per validation.
 *
 * <p>One fault gives one violation (DOMAIN.md §12): a violation whose code and path were already
 * collected is dropped, and the first one, whose message was written for the first check that found
 * the fault, is kept.
 */
public final class Violations {
  /** The result without violations; immutable, so one serves every document. */
  private static final ValidationResult NONE = ValidationResult.builder().build();

  private final List<Violation> found = new ArrayList<>(0);
  // the code and path of each violation kept, made on the first (most documents have none)
  private Set<String> seen;

  /** Creates an empty collector. */
  public Violations() {}

  /**
   * Records that {@code rule} is broken at {@code path}.
   *
   * @param path where
   * @param rule which rule
   * @param message what is wrong and how to fix it
   * @return this collector
   */
  public Violations add(JsonPath path, RuleCode rule, String message) {
    keep(Violation.of(path, rule, message));
    return this;
  }

  private void keep(Violation violation) {
    if (seen == null) {
      seen = new HashSet<>();
    }
    if (seen.add(violation.code() + " " + violation.path())) {
      found.add(violation);
    }
  }

  /**
   * Records every violation of {@code other}, each moved below {@code prefix}.
   *
   * @param prefix the path of the embedded document
   * @param other the embedded document's result
   * @return this collector
   */
  public Violations addAll(JsonPath prefix, ValidationResult other) {
    other.violations().forEach(v -> keep(v.under(prefix)));
    return this;
  }

  /**
   * Returns what was collected so far.
   *
   * @return the immutable result
   */
  public ValidationResult result() {
    return found.isEmpty() ? NONE : ValidationResult.builder().violations(found).build();
  }
}
