package org.litfacets.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.litfacets.mesh.MeshVocabulary;
import picocli.CommandLine.Option;

/** Where the vocabularies, dictionaries and models that enrich articles come from. */
final class DataOptions {
  @Option(
      names = "--shared-data",
      defaultValue = "../shared/data",
      description = "Folder of the shared public data sets. Default: ${DEFAULT-VALUE}.")
  Path sharedData;

  @Option(
      names = "--mesh",
      description =
          "MeSH: a folder of the MeSH tables or NLM's descYYYY.xml(.gz). "
              + "Default: <shared-data>/mesh, else the newest data/mesh/desc*.xml from 'litfacets fetch mesh'.")
  Path mesh;

  /** The MeSH vocabulary, or empty (with a line saying what is missing) when none is found. */
  Optional<MeshVocabulary> loadMesh(PrintStream log) {
    Optional<Path> source = meshSource();
    if (source.isEmpty()) {
      log.println(
          "MeSH: no vocabulary found ("
              + sharedData.resolve("mesh")
              + " or data/mesh/desc*.xml); "
              + "run 'litfacets fetch mesh' to get it. MeSH explosion and suggestions are off.");
      return Optional.empty();
    }
    long start = System.nanoTime();
    MeshVocabulary vocabulary = MeshVocabulary.load(source.get());
    log.printf(
        "MeSH: %,d descriptors from %s in %.1f s%n",
        vocabulary.size(), source.get(), (System.nanoTime() - start) / 1e9);
    return Optional.of(vocabulary);
  }

  /** The MeSH vocabulary, or a user error naming {@code command} and where to put the tables. */
  MeshVocabulary requireMesh(String command) {
    return loadMesh(System.err)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    command
                        + " needs the MeSH vocabulary: give --mesh, put the MeSH tables in "
                        + sharedData.resolve("mesh")
                        + ", or run 'litfacets fetch mesh'"));
  }

  private Optional<Path> meshSource() {
    if (mesh != null) {
      return Optional.of(mesh);
    }
    Path shared = sharedData.resolve("mesh");
    if (Files.isDirectory(shared)) {
      return Optional.of(shared);
    }
    Path fetched = Path.of("data", "mesh");
    if (!Files.isDirectory(fetched)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(fetched)) {
      return files
          .filter(p -> p.getFileName().toString().matches("desc\\d{4}\\.xml(\\.gz)?"))
          .max(Comparator.comparing(p -> p.getFileName().toString()));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }
}
