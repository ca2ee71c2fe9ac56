/**
 * Runnable examples of the library, one per model: {@link dev.kaizen.examples.KaizenRecordExample}.
 */
package dev.kaizen.examples;
