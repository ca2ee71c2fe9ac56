/**
 * The shared vocabulary of every model (DOMAIN.md §1).
 *
 * <ul>
 *   <li>{@link dev.kaizen.core.Metric} and {@link dev.kaizen.core.Direction}: what is measured and
 *       which way is better; {@link dev.kaizen.core.Attainment}: the improvement and attainment
 *       arithmetic.
 *   <li>{@link dev.kaizen.core.Level}, {@link dev.kaizen.core.Scope}, {@link
 *       dev.kaizen.core.Quarter}: coarse labels, how far a change reaches, calendar quarters.
 *   <li>{@link dev.kaizen.core.Document}, {@link dev.kaizen.core.DocumentKind} and {@link
 *       dev.kaizen.core.DerivedValues}: the top-level documents and what is derived from them;
 *       {@link dev.kaizen.core.Tokenized} and {@link dev.kaizen.core.Tokens}: the kebab-case tokens
 *       that stand for enum values in documents.
 *   <li>{@link dev.kaizen.core.ImprovementRecord}: what the Kaizen record and the A3 share, the
 *       evidence of one improvement, and what a progression case reads from it (metric, baseline,
 *       result, completeness, rigour, validation). {@link dev.kaizen.core.RecordPart}: a step or
 *       section of such a record; {@link dev.kaizen.core.RecordParts}: which parts one record has
 *       filled, the current one and those filled out of order, computed once for both models.
 *   <li>{@link dev.kaizen.core.Checks}: the preconditions builders apply; {@link
 *       dev.kaizen.core.Numbers}: how every message and text output writes a number.
 *   <li>{@link dev.kaizen.core.Guardrail}, {@link dev.kaizen.core.GuardrailReading} and {@link
 *       dev.kaizen.core.GuardrailStatus}: measures that must not get worse while an improvement is
 *       made, the values reported for them, and where each stands.
 * </ul>
 */
package dev.kaizen.core;
