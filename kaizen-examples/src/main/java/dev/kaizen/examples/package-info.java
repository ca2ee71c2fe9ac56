/**
 * Runnable examples of the library, one per model: {@link dev.kaizen.examples.KaizenRecordExample},
 * {@link dev.kaizen.examples.A3Example}, {@link dev.kaizen.examples.PortfolioExample}.
 */
package dev.kaizen.examples;
