package dev.kaizen.svg;

/** Placeholder. */
class ReadmePicturesTest {}
