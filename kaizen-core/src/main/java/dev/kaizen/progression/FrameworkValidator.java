package dev.kaizen.progression;

import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_DUPLICATE_ID;
import static dev.kaizen.validation.RuleCode.FRAMEWORK_LEVELS_NOT_MONOTONE;

import dev.kaizen.internal.Messages;
import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import dev.kaizen.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@link Framework} against the {@code framework.*} rules of DOMAIN.md §6:
 *
 * <ul>
 *   <li>{@code framework.levels.not-monotone} (error): a threshold falls from one level to the
 *       next; one violation per falling field, at that field of the higher level ({@code
 *       $.levels[2].minScope});
 *   <li>{@code framework.levels.duplicate-id} (error): a level reuses the id of an earlier level,
 *       at {@code $.levels[i].id} of the later one.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FrameworkValidator {
  private static final JsonPath LEVELS = JsonPath.root().property("levels");

  private FrameworkValidator() {}

  /**
   * Validates {@code framework}. Never throws for a rule the framework breaks.
   *
   * @param framework the framework
   * @return every violation, level by level
   */
  public static ValidationResult validate(Framework framework) {
    Violations found = new Violations();
    List<FrameworkLevel> levels = framework.levels();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      FrameworkLevel level = levels.get(i);
      JsonPath path = LEVELS.index(i);
      if (!seen.add(level.id())) {
        found.add(
            path.property("id"),
            FRAMEWORK_LEVELS_DUPLICATE_ID,
            "the level id \""
                + level.id()
                + "\" is used by an earlier level too; give every level its own id");
      }
      if (i == 0) {
        continue;
      }
      FrameworkLevel lower = levels.get(i - 1);
      String pair = "level " + level.id() + " (" + i + ") ";
      if (level.minCompetence() < lower.minCompetence()) {
        found.add(
            path.property("minCompetence"),
            FRAMEWORK_LEVELS_NOT_MONOTONE,
            pair
                + "asks for minCompetence "
                + Messages.number(level.minCompetence())
                + ", less than the "
                + Messages.number(lower.minCompetence())
                + " of the level below ("
                + lower.id()
                + "); a higher level may not ask for less, so raise it to at least that");
      }
      if (!level.minScope().isAtLeast(lower.minScope())) {
        found.add(
            path.property("minScope"),
            FRAMEWORK_LEVELS_NOT_MONOTONE,
            pair
                + "asks for minScope "
                + level.minScope().token()
                + ", narrower than the "
                + lower.minScope().token()
                + " of the level below ("
                + lower.id()
                + "); a higher level may not ask for less, so widen it to at least that");
      }
      if (level.minEvidence() < lower.minEvidence()) {
        found.add(
            path.property("minEvidence"),
            FRAMEWORK_LEVELS_NOT_MONOTONE,
            pair
                + "asks for minEvidence "
                + level.minEvidence()
                + ", fewer than the "
                + lower.minEvidence()
                + " of the level below ("
                + lower.id()
                + "); a higher level may not ask for less, so raise it to at least that");
      }
    }
    return found.result();
  }

  /**
   * Tells whether some violation of {@code result} lies at level {@code index} or inside it.
   *
   * @param result a framework's validation result
   * @param index a level's index, from 0
   * @param errorsOnly whether to consider errors only
   * @return true when such a violation exists
   */
  static boolean touchesLevel(ValidationResult result, int index, boolean errorsOnly) {
    String prefix = LEVELS.index(index).toString();
    for (Violation v : errorsOnly ? result.errors() : result.violations()) {
      String p = v.path().toString();
      if (p.equals(prefix) || p.startsWith(prefix + ".") || p.startsWith(prefix + "[")) {
        return true;
      }
    }
    return false;
  }
}
