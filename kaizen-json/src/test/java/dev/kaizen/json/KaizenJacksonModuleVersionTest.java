package dev.kaizen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

/** The Jackson module reports the Maven coordinates it was built with. */
class KaizenJacksonModuleVersionTest {
  @Test
  void versionIsTheProjectVersion() {
    String expected = System.getProperty("kaizen.project.version");
    assertFalse(expected == null || expected.isEmpty(), "surefire sets kaizen.project.version");

    Version version = new KaizenJacksonModule().version();

    assertFalse(version.isUnknownVersion(), version.toFullString());
    assertEquals(expected, version.toString());
    assertEquals("dev.kaizen", version.getGroupId());
    assertEquals("kaizen-json", version.getArtifactId());
    assertEquals(expected.endsWith("-SNAPSHOT"), version.isSnapshot());
  }
}
