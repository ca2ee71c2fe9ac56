/**
 * Implementation details shared by the model packages; not API, may change without notice.
 *
 * <ul>
 *   <li>{@link dev.kaizen.internal.ValueStyle}: the single Immutables style of the project.
 *   <li>{@link dev.kaizen.internal.Messages}: the message text every model shares (numbers, metrics
 *       and how they differ, a target not better than its baseline).
 * </ul>
 */
package dev.kaizen.internal;
