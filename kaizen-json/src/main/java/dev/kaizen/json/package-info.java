/**
 * JSON for Kaizen documents (Jackson 3), strict and safe.
 *
 * <ul>
 *   <li>{@link dev.kaizen.json.KaizenJson}: reads any document (or one type) and writes it back;
 *       writes the result of validating and scoring a document, and its derived values; reads and
 *       writes scoring policies.
 *   <li>{@link dev.kaizen.json.BadInputException}: the one-line report of input that cannot become
 *       a document, with JSON path and line/column.
 *   <li>{@link dev.kaizen.json.ReadLimits}: nesting depth, string and document size limits.
 *   <li>{@link dev.kaizen.json.KaizenSchemas}: the published JSON Schemas (draft 2020-12) of every
 *       document kind and version and of the report, as shipped in this jar.
 *   <li>{@link dev.kaizen.json.KaizenJacksonModule}: the same formats for your own {@code
 *       ObjectMapper}, registered through the service loader.
 * </ul>
 */
package dev.kaizen.json;
