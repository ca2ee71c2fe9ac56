package dev.kaizen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version that {@code --version} prints: the project's, which Maven writes into {@code
 * dev/kaizen/cli/version.properties} when it builds this module (the library modules and the
 * command line share one version); the jar manifest's {@code Implementation-Version} if that
 * resource is missing.
 */
final class Version implements IVersionProvider {
  /** The project's version, such as {@code 0.1.0}; "unknown" in a build that lost both sources. */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version.strip();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.ofNullable(Version.class.getPackage().getImplementationVersion())
        .orElse("unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"kaizen " + number()};
  }
}
