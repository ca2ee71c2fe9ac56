package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import dev.kaizen.core.Document;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.module.SimpleModule;

/**
 * The built module descriptor of kaizen-json, and the module on the module path: its own classes,
 * kaizen-core, Jackson and Guava resolved into a module layer of their own.
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor =
      ModuleFinder.of(location(KaizenJson.class))
          .find("dev.kaizen.json")
          .orElseThrow(() -> new AssertionError("no module dev.kaizen.json"))
          .descriptor();

  @Test
  void exportsOnlyTheApiPackageToEveryone() {
    assertFalse(descriptor.isAutomatic(), descriptor.toString());
    assertEquals(
        Set.of("dev.kaizen.json"),
        descriptor.exports().stream().map(Exports::source).collect(Collectors.toSet()));
    assertTrue(
        descriptor.exports().stream().noneMatch(Exports::isQualified), descriptor.toString());
    assertTrue(descriptor.opens().isEmpty(), descriptor.toString());
  }

  @Test
  void theInternalPackageIsInTheModuleButNotExported() {
    assertTrue(descriptor.packages().contains("dev.kaizen.json.internal"), descriptor.toString());
    assertTrue(
        descriptor.exports().stream().noneMatch(e -> e.source().contains("internal")),
        descriptor.toString());
  }

  @Test
  void providesTheJacksonModuleAndTheCanonicalWriter() {
    assertEquals(
        Map.of(
            "tools.jackson.databind.JacksonModule",
            List.of(KaizenJacksonModule.class.getName()),
            "dev.kaizen.core.CanonicalWriter",
            List.of("dev.kaizen.json.internal.CanonicalJsonWriter")),
        descriptor.provides().stream()
            .collect(Collectors.toMap(Provides::service, Provides::providers)));
  }

  @Test
  void readsKaizenCoreAndJacksonTransitively() {
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    for (Requires r : descriptor.requires()) {
      if (!r.name().equals("java.base")) {
        requires.put(r.name(), r.modifiers());
      }
    }
    assertEquals(
        Map.of(
            "dev.kaizen.core", Set.of(Requires.Modifier.TRANSITIVE),
            "tools.jackson.databind", Set.of(Requires.Modifier.TRANSITIVE),
            "com.google.common", Set.of()),
        requires);
  }

  @Test
  void onTheModulePathAMapperFindsTheModuleAndReadsAndWritesDocuments() throws Exception {
    ModuleLayer layer = moduleLayer();
    Module databind = layer.findModule("tools.jackson.databind").orElseThrow();
    Class<?> service = Class.forName(databind, "tools.jackson.databind.JacksonModule");
    assertEquals(
        List.of("dev.kaizen.json/dev.kaizen.json.KaizenJacksonModule"),
        ServiceLoader.load(layer, service).stream()
            .map(p -> p.type().getModule().getName() + "/" + p.type().getName())
            .collect(Collectors.toList()));

    Object builder =
        Class.forName(databind, "tools.jackson.databind.json.JsonMapper")
            .getMethod("builder")
            .invoke(null);
    // What findAndAddModules() does with the context class loader of a module-path application.
    builder
        .getClass()
        .getMethod("findAndAddModules", ClassLoader.class)
        .invoke(builder, layer.findLoader("dev.kaizen.json"));
    Object mapper = builder.getClass().getMethod("build").invoke(builder);
    Class<?> document =
        Class.forName(layer.findModule("dev.kaizen.core").orElseThrow(), Document.class.getName());
    String example = Fixtures.example("a3-major-issues.json");
    Object read =
        mapper
            .getClass()
            .getMethod("readValue", String.class, Class.class)
            .invoke(mapper, example, document);
    assertEquals("dev.kaizen.core", read.getClass().getModule().getName());
    Object written =
        mapper.getClass().getMethod("writeValueAsString", Object.class).invoke(mapper, read);
    KaizenJson json = KaizenJson.defaults();
    assertEquals(json.writeLine(json.read(example)), written);
  }

  @Test
  void onTheModulePathKaizenSchemasReadsTheSchemasWhichStayEncapsulated() throws Exception {
    ModuleLayer layer = moduleLayer();
    Class<?> schemas =
        Class.forName(
            layer.findModule("dev.kaizen.json").orElseThrow(), KaizenSchemas.class.getName());
    assertEquals(KaizenSchemas.all(), schemas.getMethod("all").invoke(null));
    // The resource package is not opened: from outside the module, only KaizenSchemas reads it.
    assertEquals(
        null,
        layer
            .findLoader("dev.kaizen.json")
            .getResource(KaizenSchemas.RESOURCE_FOLDER + "report.schema.json"));
  }

  /** Resolves dev.kaizen.json and the modules it reads in a layer with its own class loader. */
  private static ModuleLayer moduleLayer() {
    ModuleFinder finder =
        ModuleFinder.of(
            location(KaizenJson.class),
            location(Document.class),
            location(SimpleModule.class),
            location(JsonParser.class),
            location(JsonProperty.class),
            location(ImmutableList.class),
            location(InternalFutureFailureAccess.class));
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.kaizen.json"));
    // The platform loader as parent: no class comes from the class path these tests run on.
    return ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
