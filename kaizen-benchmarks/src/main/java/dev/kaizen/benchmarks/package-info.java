/**
 * JMH benchmarks of Kaizen's reading, validation, scoring and planning, each beside a baseline in
 * the same run: plain Jackson databind and hand-written streaming into equivalent records ({@link
 * dev.kaizen.benchmarks.Shapes}), a JSON Schema validator on the same document, a textbook 0/1
 * knapsack, and a databind line reader. See docs/performance.md.
 */
package dev.kaizen.benchmarks;
