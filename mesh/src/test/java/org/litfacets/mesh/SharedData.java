package org.litfacets.mesh;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data (relative to the repository root) and the repository's models/ folder for ITs. */
public final class SharedData {
  private SharedData() {
  }

  /** The shared data folder, or a non-existent path when it cannot be found. */
  public static Path dir(String name) {
    Path start = Path.of("").toAbsolutePath();
    Path preferred = start.resolve("../../shared/data").normalize();
    if (Files.isDirectory(preferred)) {
      return preferred.resolve(name);
    }
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/data"))) {
        return p.resolve("shared/data").resolve(name);
      }
    }
    return preferred.resolve(name);
  }

  /** The repository's git-ignored models/ folder (the parent of the module directory). */
  public static Path models() {
    Path start = Path.of("").toAbsolutePath();
    Path root = Files.isRegularFile(start.resolve("../pom.xml")) ? start.getParent() : start;
    return root.resolve("models");
  }
}
