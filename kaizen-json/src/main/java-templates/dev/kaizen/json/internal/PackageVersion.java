package dev.kaizen.json.internal;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this artifact, as Jackson's own modules report theirs: generated at build time
 * from {@code src/main/java-templates} by the templating-maven-plugin, which fills in the Maven
 * coordinates.
 */
public final class PackageVersion implements Versioned {
  /** {@code ${project.groupId}:${project.artifactId}:${project.version}}. */
  public static final Version VERSION =
      VersionUtil.parseVersion("${project.version}", "${project.groupId}", "${project.artifactId}");

  /** Creates an instance; {@link #VERSION} is what it reports. */
  public PackageVersion() {}

  /** Returns {@link #VERSION}. */
  @Override
  public Version version() {
    return VERSION;
  }
}
