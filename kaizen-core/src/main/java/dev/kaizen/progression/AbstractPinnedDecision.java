package dev.kaizen.progression;

import dev.kaizen.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pinned decision of a progression case's result (DOMAIN.md §6.2): which framework edition,
 * which policy and which input made it, so that a stored decision can be traced. Report {@code
 * {framework, revision, policy, inputDigest}}.
 *
 * <p>{@link #inputDigest()} is {@code "sha256:"} and the lower-case hex SHA-256 of the case as the
 * library's JSON writer writes it. The core module has no JSON: the digest comes from a {@link
 * dev.kaizen.core.CanonicalWriter} found with {@link java.util.ServiceLoader}, which the module
 * {@code dev.kaizen.json} provides; without one on the class or module path the digest is empty.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractPinnedDecision {
  /**
   * Returns the framework's name.
   *
   * @return the name
   */
  public abstract String framework();

  /**
   * Returns the framework's revision.
   *
   * @return the revision; empty for a version 1 framework, which has none
   */
  public abstract Optional<String> revision();

  /**
   * Returns the name of the policy the case was judged under, such as {@code
   * progression-default/1}.
   *
   * @return the policy's name
   */
  public abstract String policy();

  /**
   * Returns the digest of the case: {@code sha256:} and 64 lower-case hex digits.
   *
   * @return the digest, or empty when no {@link dev.kaizen.core.CanonicalWriter} is present
   */
  public abstract Optional<String> inputDigest();
}
