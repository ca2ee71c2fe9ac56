/**
 * Runnable examples of the library, one per model: {@link dev.kaizen.examples.KaizenRecordExample}, {@link
 * dev.kaizen.examples.A3Example}.
 */
package dev.kaizen.examples;
