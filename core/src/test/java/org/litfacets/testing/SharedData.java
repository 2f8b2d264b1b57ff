package org.litfacets.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where integration tests of every module find the real data sets ({@code ../shared/data} beside
 * the repository) and the repository's git-ignored {@code models/} folder. Tests run in their
 * module's folder.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The shared data folder: the first {@code shared/data} found walking up from the working folder.
   */
  public static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("..", "..", "shared", "data").toAbsolutePath().normalize();
  }

  /** A data set folder or file under the shared data, which may not exist. */
  public static Path dir(String name) {
    return root().resolve(name);
  }

  /** The data set {@code name}, or the test is skipped with a message saying what is missing. */
  public static Path require(String name) {
    Path dir = dir(name);
    assumeTrue(Files.exists(dir), () -> "shared data " + dir + " is absent; skipping");
    return dir;
  }

  /** The repository's models folder (the parent of the module folder). */
  public static Path models() {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.isRegularFile(module.resolve("../pom.xml")) ? module.getParent() : module;
    return root.resolve("models");
  }
}
