package org.litfacets.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real data sets in ../shared/data (beside the repository) for integration tests, or skips the test. */
public final class SharedData {
  private SharedData() {}

  /** The data folder {@code name}, or the test is skipped with a message saying what is missing. */
  public static Path require(String name) {
    Path dir = root().resolve(name);
    assumeTrue(Files.exists(dir), () -> "shared data " + dir + " is absent; skipping");
    return dir;
  }

  private static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("..", "shared", "data").toAbsolutePath();
  }
}
