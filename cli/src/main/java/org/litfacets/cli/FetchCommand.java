package org.litfacets.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.litfacets.fetch.ConsoleProgress;
import org.litfacets.fetch.EutilsFetcher;
import org.litfacets.fetch.FetchException;
import org.litfacets.fetch.FetchReport;
import org.litfacets.fetch.FetchResult;
import org.litfacets.fetch.FileSelection;
import org.litfacets.fetch.NlmFetcher;
import org.litfacets.fetch.NlmLocations;
import org.litfacets.fetch.PubmedSet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description =
        "Download PubMed files or the MeSH descriptors from NLM (resumable, checksum-verified).",
    subcommands = {FetchCommand.Pubmed.class, FetchCommand.Mesh.class})
final class FetchCommand {

  /** Where NLM's files are; tests and mirrors point elsewhere. */
  static final class Source {
    @Option(names = "--pubmed-url", description = "Base URL of the PubMed files. Default: NLM's.")
    URI pubmedUrl;

    @Option(names = "--mesh-url", description = "Base URL of the MeSH XML files. Default: NLM's.")
    URI meshUrl;

    @Option(
        names = "--eutils-url",
        description = "Base URL of NCBI's E-utilities, for --query. Default: NCBI's.")
    URI eutilsUrl;

    NlmFetcher fetcher() {
      NlmLocations nlm = NlmLocations.nlm();
      return new NlmFetcher(
          new NlmLocations(
              pubmedUrl != null ? pubmedUrl : nlm.pubmed(),
              meshUrl != null ? meshUrl : nlm.mesh()));
    }
  }

  @Command(
      name = "pubmed",
      mixinStandardHelpOptions = true,
      description =
          "Download PubMed baseline or update files (pubmedYYnNNNN.xml.gz), then index them with 'litfacets index'.")
  static final class Pubmed implements Callable<Integer> {
    static final class Which {
      @Option(names = "--baseline", required = true, description = "The yearly baseline.")
      boolean baseline;

      @Option(names = "--updates", required = true, description = "The daily update files.")
      boolean updates;

      @Option(
          names = "--query",
          required = true,
          description =
              "The records matching a PubMed query, e.g. \"asthma[mh] AND child\", fetched with "
                  + "E-utilities (ESearch, then EFetch in batches of 500) into pubmed-query-NNNNN.xml files.")
      String query;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(
        names = "--files",
        description = "File numbers, ranges or a glob, e.g. 1-10 or 2,5-6. Default: all.")
    String files;

    @Option(names = "--limit", description = "At most this many files (the lowest-numbered).")
    Integer limit;

    @Option(names = "--max", description = "With --query: at most this many records.")
    Integer max;

    @Option(
        names = "--api-key",
        defaultValue = "${env:NCBI_API_KEY}",
        description =
            "With --query: an NCBI API key, which allows 10 requests/s instead of 3. "
                + "Default: the NCBI_API_KEY environment variable.")
    String apiKey;

    @Option(
        names = "--to",
        description =
            "Download folder. Default: data/pubmed, or data/pubmed-query with --query (one query per folder).")
    Path to;

    @ArgGroup(exclusive = false)
    Source source = new Source();

    @Override
    public Integer call() throws FetchException {
      if (which.query != null) {
        return fetchQuery();
      }
      if (max != null) {
        throw new IllegalArgumentException("--max goes with --query; use --limit for files");
      }
      Path to = this.to != null ? this.to : Path.of("data", "pubmed");
      FileSelection selection = FileSelection.parse(files);
      if (limit != null) {
        selection = selection.limit(limit);
      }
      PubmedSet set = which.baseline ? PubmedSet.BASELINE : PubmedSet.UPDATES;
      FetchReport report =
          source.fetcher().fetchPubmed(set, selection, to, new ConsoleProgress(System.err));
      System.err.println(report.report());
      return report.anyFailed() ? 1 : 0;
    }

    private int fetchQuery() throws FetchException {
      if (files != null || limit != null) {
        throw new IllegalArgumentException(
            "--files and --limit choose baseline or update files, not --query records");
      }
      if (max != null && max < 1) {
        throw new IllegalArgumentException("--max must be at least 1, got " + max);
      }
      Path folder = to != null ? to : Path.of("data", "pubmed-query");
      EutilsFetcher fetcher =
          new EutilsFetcher(
              Optional.ofNullable(source.eutilsUrl),
              Optional.ofNullable(apiKey).filter(k -> !k.isBlank()));
      System.err.printf(
          Locale.ROOT,
          "PubMed query '%s' into %s, at most %.0f requests/s%s ...%n",
          which.query,
          folder,
          fetcher.requestsPerSecond(),
          apiKey == null || apiKey.isBlank() ? " (an NCBI API key allows 10)" : "");
      EutilsFetcher.Outcome outcome =
          fetcher.fetch(
              which.query, Optional.ofNullable(max), folder, new ConsoleProgress(System.err));
      System.err.printf(
          Locale.ROOT,
          "%,d records match; %,d asked for, in %d file(s) of up to %d%n",
          outcome.matching(),
          outcome.wanted(),
          outcome.files().results().size(),
          EutilsFetcher.BATCH);
      System.err.println(outcome.files().report());
      if (!outcome.files().anyFailed() && outcome.wanted() > 0) {
        System.err.println("Next: litfacets index " + folder);
      }
      return outcome.files().anyFailed() ? 1 : 0;
    }
  }

  @Command(
      name = "mesh",
      mixinStandardHelpOptions = true,
      description = "Download NLM's MeSH descriptor XML (descYYYY.xml).")
  static final class Mesh implements Callable<Integer> {
    @Option(names = "--year", description = "MeSH year. Default: the current year.")
    Integer year;

    @Option(
        names = "--to",
        defaultValue = "data/mesh",
        description = "Download folder. Default: ${DEFAULT-VALUE}.")
    Path to;

    @ArgGroup(exclusive = false)
    Source source = new Source();

    @Override
    public Integer call() throws FetchException {
      int y = year != null ? year : Year.now().getValue();
      FetchResult result = source.fetcher().fetchMesh(y, to, new ConsoleProgress(System.err));
      return result.status() == FetchResult.Status.FAILED ? 1 : 0;
    }
  }
}
