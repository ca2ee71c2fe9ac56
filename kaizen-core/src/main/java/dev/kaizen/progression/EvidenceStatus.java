package dev.kaizen.progression;

import dev.kaizen.core.Tokenized;
import dev.kaizen.core.Tokens;
import dev.kaizen.validation.RuleCode;
import java.util.Optional;

/**
 * What one evidence record of a {@link ProgressionCase} counts for, checked in this order: a record
 * with errors is {@link #INVALID}; else one not complete is {@link #INCOMPLETE}; else one without a
 * positive improvement is {@link #NO_IMPROVEMENT}; else one with a breached guardrail is {@link
 * #GUARDRAIL_BREACHED}; else it is {@link #COUNTED}.
 */
public enum EvidenceStatus implements Tokenized {
  /** Complete, valid, and its result is better than its baseline: it counts fully. */
  COUNTED(null),
  /**
   * Complete and valid, but its result is not better than its baseline: its rigour counts towards
   * the change skill, but neither its scope nor the evidence count.
   */
  NO_IMPROVEMENT(RuleCode.PROGRESSION_EVIDENCE_NO_IMPROVEMENT),
  /**
   * Complete and valid, with a result better than its baseline, but a guardrail it reports is worse
   * than its limit (DOMAIN.md §3): it is no positive improvement, so like {@link #NO_IMPROVEMENT}
   * only its rigour counts.
   */
  GUARDRAIL_BREACHED(RuleCode.PROGRESSION_EVIDENCE_GUARDRAIL_BREACHED),
  /** Valid but not complete: it counts for nothing yet. */
  INCOMPLETE(RuleCode.PROGRESSION_EVIDENCE_INCOMPLETE),
  /** It has validation errors: it counts for nothing. */
  INVALID(RuleCode.PROGRESSION_EVIDENCE_INVALID);

  private final RuleCode rule;

  EvidenceStatus(RuleCode rule) {
    this.rule = rule;
  }

  @Override
  public String token() {
    return Tokens.kebab(this);
  }

  /**
   * Returns the warning the case reports for a record with this status.
   *
   * @return the rule, or empty for {@link #COUNTED}
   */
  public Optional<RuleCode> rule() {
    return Optional.ofNullable(rule);
  }
}
