package org.litfacets.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The role-labelled abstracts (PubMedQA) that the challenge classifier takes its in-domain
 * negatives from.
 */
final class AbstractsOption {
  @Option(
      names = "--abstracts",
      paramLabel = "ORI_PQAL_JSON",
      description =
          "PubMedQA's ori_pqal.json: METHODS and "
              + "plain RESULTS sentences of its training part are negatives for a newly trained challenge model, and its "
              + "held-out part is where 'bench challenges' counts labelled sentences by role. "
              + "Default: <shared-data>/pubmedqa/ori_pqal.json when present.")
  Path abstracts;

  Optional<Path> pubmedQa(Path sharedData) {
    if (abstracts != null) {
      AnalyzerBenchCommands.requireFile(abstracts, "PubMedQA file");
      return Optional.of(abstracts);
    }
    return pubmedQaIn(sharedData);
  }

  static Optional<Path> pubmedQaIn(Path sharedData) {
    Path file = sharedData.resolve("pubmedqa/ori_pqal.json");
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
