/**
 * Runnable examples of the library, one per model: {@link dev.kaizen.examples.KaizenRecordExample},
 * {@link dev.kaizen.examples.A3Example}, {@link dev.kaizen.examples.PortfolioExample}, {@link
 * dev.kaizen.examples.ProgressionCaseExample}.
 */
package dev.kaizen.examples;
