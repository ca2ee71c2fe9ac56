/**
 * The implementation of the JSON formats; not API. {@link dev.kaizen.json.internal.TreeReader}
 * reads text into located {@link dev.kaizen.json.internal.Node}s; {@link
 * dev.kaizen.json.internal.Fields} binds them strictly; {@link dev.kaizen.json.internal.Out}
 * writes; {@link dev.kaizen.json.internal.Documents} registers one {@link
 * dev.kaizen.json.internal.DocumentFormat} per kind (such as {@link
 * dev.kaizen.json.internal.KaizenFormat}).
 */
package dev.kaizen.json.internal;
