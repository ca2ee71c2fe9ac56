package dev.kaizen.internal;

import dev.kaizen.core.CanonicalWriter;
import java.util.Comparator;
import java.util.Optional;
import java.util.ServiceLoader;

/** Loads the {@link CanonicalWriter} service once, on first use. */
public final class CanonicalWriterHolder {
  /** The provider whose class name sorts first, or empty when none is present. */
  public static final Optional<CanonicalWriter> PROVIDER = load();

  private CanonicalWriterHolder() {}

  private static Optional<CanonicalWriter> load() {
    return ServiceLoader.load(CanonicalWriter.class, CanonicalWriter.class.getClassLoader())
        .stream()
        .map(ServiceLoader.Provider::get)
        .min(Comparator.comparing(w -> w.getClass().getName()));
  }
}
