/**
 * The implementation of the JSON formats; not API. {@link dev.kaizen.json.internal.TreeReader}
 * reads text into located {@link dev.kaizen.json.internal.Node}s; {@link
 * dev.kaizen.json.internal.Fields} binds them strictly; {@link dev.kaizen.json.internal.Out}
 * writes; {@link dev.kaizen.json.internal.Documents} registers exactly one {@link
 * dev.kaizen.json.internal.DocumentFormat} per kind (such as {@link
 * dev.kaizen.json.internal.KaizenRecordFormat}), which reads and writes the kind's documents and
 * writes its derived values; {@link dev.kaizen.json.internal.Results} writes a validation and score
 * result.
 */
package dev.kaizen.json.internal;
