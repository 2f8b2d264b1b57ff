package org.litfacets.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where trained models live: one option, the same for every command. */
final class ModelsOption {
  @Option(
      names = "--models",
      defaultValue = "models",
      description =
          "Folder of trained models (git-ignored); a missing "
              + "model is trained on first use, which says so. Default: ${DEFAULT-VALUE}.")
  Path models;
}
