package org.litfacets.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code litfacets} command line. */
@Command(
    name = "litfacets",
    mixinStandardHelpOptions = true,
    version = "litfacets 0.1.0",
    description = "Biomedical literature search with semantic facets.",
    defaultValueProvider = ConfigFile.class,
    subcommands = {
      DemoCommand.class,
      SolrCommand.class,
      IndexCommand.class,
      ServeCommand.class,
      FetchCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new UserErrors());
    return cli;
  }
}
