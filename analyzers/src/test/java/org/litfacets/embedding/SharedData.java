package org.litfacets.embedding;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where integration tests find the repository's models folder and the shared data ({@code ../shared/data} from the
 * repository root): walking up from the working directory to the first folder with a {@code shared/data} child.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/data}, or a path that does not exist when there is none. */
    public static Path dataDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("").toAbsolutePath().resolve("../../shared/data").normalize();
    }

    /** The repository root: the module's parent folder (ITs run in the module folder). */
    public static Path repositoryRoot() {
        Path module = Path.of("").toAbsolutePath();
        return Files.isRegularFile(module.resolve("../pom.xml")) ? module.getParent() : module;
    }

    /** The git-ignored models folder at the repository root. */
    public static Path modelsDir() {
        return repositoryRoot().resolve("models");
    }
}
