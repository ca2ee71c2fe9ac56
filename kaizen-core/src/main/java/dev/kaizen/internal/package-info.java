/**
 * Implementation details shared by the model packages; not API, may change without notice.
 *
 * <ul>
 *   <li>{@link dev.kaizen.internal.ValueStyle}: the single Immutables style of the project.
 * </ul>
 */
package dev.kaizen.internal;
