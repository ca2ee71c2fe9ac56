/**
 * Validation shared by every model (DOMAIN.md §2).
 *
 * <ul>
 *   <li>{@link dev.kaizen.validation.RuleCode}: <strong>the table of every rule code</strong>, with
 *       severity and summary.
 *   <li>{@link dev.kaizen.validation.Violation}: one broken rule with its {@link
 *       dev.kaizen.validation.JsonPath}, {@link dev.kaizen.validation.Severity} and message.
 *   <li>{@link dev.kaizen.validation.ValidationResult}: every violation of one document; {@link
 *       dev.kaizen.validation.Violations} collects them.
 * </ul>
 */
package dev.kaizen.validation;
