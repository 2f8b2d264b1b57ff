package org.litfacets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.litfacets.solr.SolrRequestRejectedException;
import org.litfacets.solr.SolrStartException;
import org.litfacets.solr.SolrUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Errors a user can act on are printed as one line, never as a stack trace; exit code 1. */
final class UserErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof SolrUnavailableException
        || e instanceof SolrRequestRejectedException
        || e instanceof SolrStartException
        || e instanceof IllegalArgumentException
        || e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof IllegalStateException) {
      cli.getErr().println("litfacets: " + message(e));
      return 1;
    }
    cli.getErr().println("litfacets: unexpected error (please report it):");
    e.printStackTrace(cli.getErr());
    return 2;
  }

  private static String message(Exception e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return u.getMessage() + ": " + u.getCause().getMessage();
    }
    return e.getMessage();
  }
}
