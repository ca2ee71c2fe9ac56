/**
 * Kaizen SVG: pictures of every kind of Kaizen document as self-contained, deterministic SVG.
 *
 * <p>Exports {@link dev.kaizen.svg} only, whose one public type is {@link dev.kaizen.svg.Pictures};
 * its methods take Kaizen documents, so this module reads {@code dev.kaizen.core} transitively.
 */
module dev.kaizen.svg {
  requires transitive dev.kaizen.core;

  exports dev.kaizen.svg;
}
