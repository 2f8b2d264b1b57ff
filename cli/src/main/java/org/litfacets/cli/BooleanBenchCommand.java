package org.litfacets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.clef.BooleanParseBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "boolean",
    mixinStandardHelpOptions = true,
    description =
        "Reads every expert Boolean query of a CLEF TAR folder (PubMed or Ovid MEDLINE syntax): how many "
            + "parse, how many have every MeSH heading in the vocabulary, and why each other one fails.")
final class BooleanBenchCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Parameters(
      index = "0",
      paramLabel = "FOLDER",
      description =
          "A CLEF TAR folder (topic files with a Query: "
              + "block, plain or gzipped), e.g. ../shared/data/clef-tar.")
  Path folder;

  @Mixin ResultsOption results;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("CLEF TAR folder " + folder + " does not exist");
    }
    MeshVocabulary mesh =
        data.loadMesh(System.err)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "this benchmark needs the MeSH vocabulary: give --mesh, put the MeSH tables in "
                            + data.sharedData.resolve("mesh")
                            + ", or run 'litfacets fetch mesh'"));
    BooleanParseBenchmark.Report report = BooleanParseBenchmark.run(folder, mesh);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("queries", report.queries());
    figures.put("parsed", report.parsed());
    figures.put("resolved", report.resolved());
    figures.put("distinct_queries", report.distinct());
    figures.put("distinct_parsed", report.distinctParsed());
    figures.put("distinct_resolved", report.distinctResolved());
    figures.put("mesh_headings", report.headings());
    figures.put(
        "failures",
        report.failures().stream()
            .map(f -> f.topic() + " line " + f.line() + ": " + f.reason())
            .toList());
    BenchResults.publish(
        results.folder, "boolean", "boolean", java.util.List.of(folder), report.text(), figures);
    return 0;
  }
}
