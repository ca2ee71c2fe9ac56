package dev.kaizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built module descriptor of kaizen-core: what it exports and what it reads. */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor = builtDescriptor();

  @Test
  void exportsExactlyTheApiPackagesToEveryone() {
    assertFalse(descriptor.isAutomatic(), descriptor.toString());
    assertEquals(
        new TreeSet<>(
            Set.of(
                "dev.kaizen",
                "dev.kaizen.a3",
                "dev.kaizen.core",
                "dev.kaizen.matrix",
                "dev.kaizen.portfolio",
                "dev.kaizen.progression",
                "dev.kaizen.scoring",
                "dev.kaizen.sixstep",
                "dev.kaizen.validation")),
        descriptor.exports().stream()
            .map(Exports::source)
            .collect(Collectors.toCollection(TreeSet::new)));
    assertTrue(
        descriptor.exports().stream().noneMatch(Exports::isQualified), descriptor.toString());
    assertTrue(descriptor.opens().isEmpty(), descriptor.toString());
  }

  @Test
  void theInternalPackageIsInTheModuleButNotExported() {
    assertTrue(descriptor.packages().contains("dev.kaizen.internal"), descriptor.toString());
    assertTrue(
        descriptor.exports().stream().noneMatch(e -> e.source().contains("internal")),
        descriptor.toString());
  }

  @Test
  void readsGuavaTransitivelyAndTheAnnotationsOnlyAtCompileTime() {
    assertEquals(
        Map.of(
            "com.google.common",
            Set.of(Requires.Modifier.TRANSITIVE),
            "org.immutables.value.annotations",
            Set.of(Requires.Modifier.STATIC)),
        requiresBesidesJavaBase(descriptor));
  }

  @Test
  void theseTestsRunOnTheClassPathAsMostUsersDo() {
    assertFalse(Kaizen.class.getModule().isNamed(), Kaizen.class.getModule().toString());
  }

  /** Returns each required module but java.base, with its modifiers. */
  private static Map<String, Set<Requires.Modifier>> requiresBesidesJavaBase(
      ModuleDescriptor module) {
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    for (Requires r : module.requires()) {
      if (!r.name().equals("java.base")) {
        requires.put(r.name(), r.modifiers());
      }
    }
    return requires;
  }

  /** Reads the descriptor compiled into this module's classes (target/classes, or the jar). */
  private static ModuleDescriptor builtDescriptor() {
    try {
      Path classes =
          Path.of(Kaizen.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes)
          .find("dev.kaizen.core")
          .orElseThrow(() -> new AssertionError("no module dev.kaizen.core in " + classes))
          .descriptor();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
