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
 *       evidence of one improvement.
 *   <li>{@link dev.kaizen.core.Checks}: the preconditions builders apply.
 * </ul>
 */
package dev.kaizen.core;
