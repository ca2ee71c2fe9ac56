package dev.kaizen.svg;

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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built module descriptor of kaizen-svg: what it exports and what it reads. */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor = builtDescriptor();

  @Test
  void exportsOnlyThePicturesPackage() {
    assertFalse(descriptor.isAutomatic(), descriptor.toString());
    assertEquals(
        Set.of("dev.kaizen.svg"),
        descriptor.exports().stream().map(Exports::source).collect(Collectors.toSet()));
    assertTrue(
        descriptor.exports().stream().noneMatch(Exports::isQualified), descriptor.toString());
    assertTrue(descriptor.opens().isEmpty(), descriptor.toString());
  }

  @Test
  void readsKaizenCoreTransitivelyAndNothingElse() {
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    for (Requires r : descriptor.requires()) {
      if (!r.name().equals("java.base")) {
        requires.put(r.name(), r.modifiers());
      }
    }
    assertEquals(Map.of("dev.kaizen.core", Set.of(Requires.Modifier.TRANSITIVE)), requires);
  }

  private static ModuleDescriptor builtDescriptor() {
    try {
      Path classes =
          Path.of(Pictures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes)
          .find("dev.kaizen.svg")
          .orElseThrow(() -> new AssertionError("no module dev.kaizen.svg in " + classes))
          .descriptor();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
