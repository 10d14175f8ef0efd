package eu.vern.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Vern's shipped data (catalog, guideline packs, examples) lives: the {@code vern.home}
 * system property the launcher sets, else {@code VERN_HOME}, else the working directory.
 */
final class VernHome {

  private VernHome() {}

  static Path locate() {
    String property = System.getProperty("vern.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("VERN_HOME");
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
      return Path.of(env);
    }
    return Path.of("").toAbsolutePath();
  }
}
