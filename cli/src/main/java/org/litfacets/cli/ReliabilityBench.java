package org.litfacets.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.litfacets.cli.ReliabilityCases.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "reliability",
    mixinStandardHelpOptions = true,
    description =
        "Runs the fault cases (bad PubMed XML, hostile requests to the web server, a stalled and a"
            + " stopped Solr, the indexer killed"
            + " with kill -9, SIGTERM to 'litfacets solr' and 'litfacets demo') for real and writes"
            + " bench/results/reliability.md. Records lost and 5xx answers must be 0. A few"
            + " minutes.")
final class ReliabilityBench implements Callable<Integer> {
  static final String COLLECTION = "litfacets_reliability";

  @Mixin SolrOptions solr;

  @Mixin DataOptions data;

  @Mixin ResultsOption results;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("litfacets-reliability");
    List<Outcome> outcomes = new ArrayList<>();
    try (SolrSession session = SolrSession.open(solr, COLLECTION, System.err)) {
      session.connection().deleteAll();
      say("bad PubMed XML");
      outcomes.add(
          run("bad-pubmed-xml", () -> ReliabilityCases.badPubmedXml(session.connection(), work)));
      say("hostile requests to the web server");
      outcomes.add(
          run(
              "hostile-requests",
              () ->
                  ReliabilityCases.hostileRequests(
                      session.connection(), data.loadMesh(System.err))));
      say("a Solr that never reads (SOLR-17707)");
      outcomes.add(run("stalled-solr", ReliabilityCases::stalledSolr));
      say("Solr stopped during indexing");
      outcomes.add(
          run("solr-stops-during-indexing", () -> ReliabilityCases.solrStopsDuringIndexing(work)));
      say("the indexer killed with kill -9");
      outcomes.add(
          run(
              "indexer-killed",
              () -> ReliabilityCases.indexerKilled(session.connection().baseUrl(), work)));
    }
    say("SIGTERM to 'litfacets solr'");
    outcomes.add(run("solr-command-sigterm", () -> ReliabilityCases.solrCommandStopped(work)));
    say("SIGTERM to 'litfacets demo'");
    outcomes.add(run("demo-command-sigterm", () -> ReliabilityCases.demoCommandStopped(work)));

    String report = report(outcomes);
    Files.createDirectories(results.folder);
    Files.writeString(results.folder.resolve("reliability.md"), report, StandardCharsets.UTF_8);
    BenchResults.publish(
        results.folder, "reliability", "reliability", List.of(), report, figures(outcomes));
    System.out.println("(and " + results.folder.resolve("reliability.md") + ")");
    return outcomes.stream().allMatch(Outcome::passed) ? 0 : 1;
  }

  /** One fault case, run for real. */
  interface Case {
    Outcome run() throws IOException, InterruptedException;
  }

  /**
   * Runs a case; one that cannot run to its end (a child process that does not start, a port taken)
   * is a failed case in the report, with its reason, and the other cases still run.
   */
  static Outcome run(String name, Case c) throws InterruptedException {
    try {
      return c.run();
    } catch (IOException | RuntimeException e) {
      return new Outcome(name, "-", 0, 0, 0, 0, false, "the case could not run: " + e);
    }
  }

  private static void say(String what) {
    System.err.println("reliability: " + what + " ...");
  }

  static Map<String, Object> figures(List<Outcome> outcomes) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("cases", outcomes.size());
    f.put("cases_failed", outcomes.stream().filter(o -> !o.passed()).count());
    f.put("inputs", outcomes.stream().mapToLong(Outcome::inputs).sum());
    f.put("faults", outcomes.stream().mapToLong(Outcome::faults).sum());
    f.put("answers_5xx", outcomes.stream().mapToLong(Outcome::answers5xx).sum());
    f.put("records_lost", outcomes.stream().mapToLong(Outcome::lost).sum());
    for (Outcome o : outcomes) {
      f.put(o.name() + ".passed", o.passed());
      f.put(o.name() + ".records_lost", o.lost());
    }
    return f;
  }

  static String report(List<Outcome> outcomes) {
    StringBuilder md = new StringBuilder("# litfacets bench reliability\n\n");
    md.append("Each case is run for real: real Solr nodes, real child processes, real files.\n\n");
    md.append(
        "| case | fault | inputs tried | faults injected | 5xx answers | records lost | outcome |\n");
    md.append("|---|---|---:|---:|---:|---:|---|\n");
    for (Outcome o : outcomes) {
      md.append(
          String.format(
              "| %s | %s | %,d | %,d | %d | %d | %s |%n",
              o.name(),
              o.fault(),
              o.inputs(),
              o.faults(),
              o.answers5xx(),
              o.lost(),
              o.passed() ? "pass" : "FAIL"));
    }
    md.append("\n");
    for (Outcome o : outcomes) {
      md.append("- **").append(o.name()).append("**: ").append(o.notes()).append("\n");
    }
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    md.append(
        String.format(
            "%n%d of %d cases passed; 5xx answers %d, records lost %d (both must be 0).%n",
            outcomes.size() - failed,
            outcomes.size(),
            outcomes.stream().mapToLong(Outcome::answers5xx).sum(),
            outcomes.stream().mapToLong(Outcome::lost).sum()));
    return md.toString();
  }
}
