package org.litfacets.entity;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data (relative to the repository root) for the *IT tests. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder, or a path that does not exist when there is none. */
    public static Path dir() {
        Path module = Path.of("").toAbsolutePath();
        Path direct = module.resolve("../../shared/data").normalize();
        if (Files.isDirectory(direct)) {
            return direct;
        }
        for (Path p = module; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return direct;
    }
}
