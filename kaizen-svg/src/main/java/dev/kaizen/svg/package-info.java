/**
 * SVG pictures of Kaizen documents (DOMAIN.md §11): {@link dev.kaizen.svg.Pictures} draws any
 * document, deterministically and self-contained, with text alternatives for screen readers.
 */
package dev.kaizen.svg;
