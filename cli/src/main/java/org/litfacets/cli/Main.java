package org.litfacets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code litfacets} command line. */
@Command(name = "litfacets", mixinStandardHelpOptions = true, version = "litfacets 0.1.0",
    description = "Biomedical literature search with semantic facets.",
    defaultValueProvider = ConfigFile.class,
    subcommands = {DemoCommand.class, SolrCommand.class, IndexCommand.class, ServeCommand.class, FetchCommand.class,
        BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static void main(String[] args) {
    configureLogging();
    System.exit(commandLine().execute(args));
  }

  /** Library log lines on one short line each (java.util.logging's default takes two, with a date). */
  private static void configureLogging() {
    try (InputStream config = Main.class.getResourceAsStream("/logging.properties")) {
      LogManager.getLogManager().readConfiguration(config);
    } catch (IOException e) {
      System.err.println("litfacets: cannot read the logging configuration: " + e.getMessage());
    }
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new UserErrors());
    return cli;
  }
}
