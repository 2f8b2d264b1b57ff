package org.litfacets.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.litfacets.cli.ApiWorkload.Answer;
import org.litfacets.cli.ApiWorkload.Call;
import org.litfacets.cli.ApiWorkload.Kind;
import org.litfacets.cli.ApiWorkload.Latencies;
import org.litfacets.search.SearchMode;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchService;
import org.litfacets.search.SortOrder;
import org.litfacets.solr.SolrConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Latency of every search type through the JSON API, over the benchmark collection "
            + "(100,000 articles by default, built once from the shared data and reused), one request at a "
            + "time; and the keyword search's own Solr request sent straight to Solr, for the ratio. "
            + "Goals: p95 < 50 ms for keyword, pair and sentence search, < 100 ms for hybrid and the "
            + "Boolean history.")
final class QueryBenchCommand implements Callable<Integer> {
  static final Map<Kind, Double> GOAL_P95_MS =
      Map.of(
          Kind.KEYWORD, 50.0,
          Kind.PAIR, 50.0,
          Kind.SENTENCE, 50.0,
          Kind.HYBRID, 100.0,
          Kind.BOOLEAN, 100.0);

  private static final int WARM_UP_PASSES = 2;

  @Mixin BenchServer.Options server;

  @Option(
      names = "--queries",
      defaultValue = "bench/queries.txt",
      description = "One query per line. Default: ${DEFAULT-VALUE}.")
  Path queries;

  @Option(
      names = "--rounds",
      defaultValue = "5",
      description = "Timed passes over each search type's requests. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Mixin ResultsOption results;

  @Override
  public Integer call() throws IOException {
    List<String> lines = ApiWorkload.queries(queries);
    try (BenchServer s = BenchServer.start(server, System.err)) {
      SolrConnection solr = s.session.connection();
      ApiWorkload workload = ApiWorkload.build(solr, lines);
      ApiWorkload.Client api = new ApiWorkload.Client(s.url());
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("collection", s.collection.description());
      f.put("articles", s.collection.articles());
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              Locale.ROOT,
              "bench query: %s%n  through the JSON API at %s, one request at a time, %d rounds "
                  + "(the cores are shared: figures depend on the machine's load; CPU time less so:"
                  + " this JVM's is the web server's and the benchmark client's, Solr's its node's)%n",
              s.collection.description(),
              s.url(),
              rounds));
      // A server in use has compiled its code and filled Solr's caches: every search type is sent
      // once, untimed, before any is timed, so that the first type timed does not pay for both
      // JVMs'
      // compilation alone.
      for (int warmUp = 0; warmUp < WARM_UP_PASSES; warmUp++) {
        workload.calls().values().forEach(calls -> calls.forEach(api::send));
      }
      for (Kind kind : Kind.values()) {
        List<Call> calls = workload.calls().get(kind);
        if (calls.isEmpty()) {
          report.append(
              String.format(Locale.ROOT, "  %-50s no requests (nothing to ask)%n", kind.label));
          continue;
        }
        Answer probe = api.send(calls.get(0));
        if (!probe.ok()) {
          // e.g. semantic and hybrid search on a server started without an embedding model
          report.append(
              String.format(
                  Locale.ROOT,
                  "  %-50s not measured: HTTP %d %s%n",
                  kind.label,
                  probe.status(),
                  probe.error() == null ? "" : probe.error().replaceAll("\\s+", " ")));
          f.put(kind.key() + ".served", false);
          continue;
        }
        List<Double> ms = new ArrayList<>();
        int errors = 0;
        long solr0 = solr.nodeCpuNanos();
        long jvm0 = ThreadCpu.processNanos();
        ThreadCpu threads0 = ThreadCpu.snapshot();
        for (int r = 0; r < rounds; r++) {
          for (Call c : calls) {
            Answer a = api.send(c);
            ms.add(a.millis());
            errors += a.ok() ? 0 : 1;
          }
        }
        Cpu cpu =
            new Cpu(
                (solr.nodeCpuNanos() - solr0) / 1e6 / ms.size(),
                (ThreadCpu.processNanos() - jvm0) / 1e6 / ms.size());
        // a fresh JVM still compiles after the warm-up passes: the first types timed pay most
        double jitMs =
            ThreadCpu.snapshot().secondsSince(threads0).get(ThreadCpu.Group.JIT_COMPILATION)
                * 1e3
                / ms.size();
        Latencies l = Latencies.of(ms);
        put(f, kind.key(), l);
        f.put(kind.key() + ".errors", errors);
        f.put(kind.key() + ".cpu_ms.jvm", BenchCommand.round(cpu.jvmMs(), 2));
        f.put(kind.key() + ".cpu_ms.solr", BenchCommand.round(cpu.solrMs(), 2));
        f.put(kind.key() + ".cpu_ms.jvm_jit", BenchCommand.round(jitMs, 2));
        Double goal = GOAL_P95_MS.get(kind);
        report.append(
            String.format(
                Locale.ROOT,
                "  %-50s %s  (%d requests, %d errors; CPU per request: this JVM %.1f ms, of"
                    + " which JIT compilation %.1f; Solr %.1f ms)%s%n",
                kind.label,
                l.line(),
                l.count(),
                errors,
                cpu.jvmMs(),
                jitMs,
                cpu.solrMs(),
                goal == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "  goal p95 < %.0f ms: %s",
                        goal,
                        l.p95() < goal ? "met" : "NOT met")));
      }
      report.append(compareWithSolr(s, api, lines, f));
      BenchResults.publish(
          results.folder, "query", "query", List.of(server.abstracts()), report.toString(), f);
    }
    return 0;
  }

  /**
   * The keyword searches twice: through /api/search in lexical mode, and as the Solr request that
   * it sends (same query, facets and highlighting) straight to Solr over HTTP. Wall time comes from
   * the two interleaved one by one. CPU time, which the machine's load disturbs less, comes from
   * two batches of the same requests: the Solr node's own CPU (its metric) for each, and this
   * JVM's, which serves the API in-process; this JVM's CPU during the direct batch is the benchmark
   * client's share, taken off the API's.
   */
  private String compareWithSolr(
      BenchServer s, ApiWorkload.Client api, List<String> lines, Map<String, Object> f) {
    SolrConnection solr = s.session.connection();
    SearchService search = new SearchService(solr, s.mesh);
    ApiWorkload.Client direct = new ApiWorkload.Client(solr.baseUrl() + "/" + solr.collection());
    List<Call> apiCalls = new ArrayList<>();
    List<String> solrPaths = new ArrayList<>();
    for (String q : lines) {
      SearchRequest request =
          new SearchRequest(q, List.of(), 1, 10, SortOrder.RELEVANCE, SearchMode.LEXICAL, null);
      apiCalls.add(new Call(Kind.KEYWORD, "/api/search?mode=lexical&q=" + enc(q), null));
      solrPaths.add("/select" + search.solrRequest(request).toQueryString() + "&wt=json");
    }
    List<Double> viaApi = new ArrayList<>();
    List<Double> viaSolr = new ArrayList<>();
    for (int r = 0; r <= rounds; r++) {
      for (int i = 0; i < lines.size(); i++) {
        Answer a = api.send(apiCalls.get(i));
        Answer d = direct.send(solrPaths.get(i), null);
        if (!a.ok() || !d.ok()) {
          throw new IllegalStateException(
              "the comparison request failed: " + (a.ok() ? d.error() : a.error()));
        }
        if (r > 0) {
          viaApi.add(a.millis());
          viaSolr.add(d.millis());
        }
      }
    }
    Latencies a = Latencies.of(viaApi);
    Latencies d = Latencies.of(viaSolr);
    put(f, "same_request.api", a);
    put(f, "same_request.solr", d);
    double ratio = BenchCommand.round(a.mean() / d.mean(), 2);
    f.put("same_request.ratio_mean", ratio);
    f.put("same_request.ratio_p50", BenchCommand.round(a.p50() / d.p50(), 2));

    int n = rounds * lines.size();
    Cpu viaApiCpu = cpu(solr, n, i -> api.send(apiCalls.get(i % apiCalls.size())));
    Cpu directCpu = cpu(solr, n, i -> direct.send(solrPaths.get(i % solrPaths.size()), null));
    double webMs = Math.max(0, viaApiCpu.jvmMs() - directCpu.jvmMs());
    double cpuRatio = BenchCommand.round((webMs + viaApiCpu.solrMs()) / directCpu.solrMs(), 2);
    f.put("same_request.cpu_ms.web", BenchCommand.round(webMs, 2));
    f.put("same_request.cpu_ms.solr_via_api", BenchCommand.round(viaApiCpu.solrMs(), 2));
    f.put("same_request.cpu_ms.solr_direct", BenchCommand.round(directCpu.solrMs(), 2));
    f.put("same_request.ratio_cpu", cpuRatio);
    return String.format(
        Locale.ROOT,
        "  the same keyword search (mode=lexical), interleaved (%d each):%n"
            + "  %-50s %s%n  %-50s %s%n  litfacets / Solr, wall time: %.2f x mean, %.2f x p50%n"
            + "  CPU per search (%d each, in two batches): web %.1f ms + Solr %.1f ms through"
            + " /api/search; Solr %.1f ms straight%n"
            + "  litfacets / Solr, CPU: %.2f x (goal: within 2 x: %s)%n",
        a.count(),
        "through /api/search",
        a.line(),
        "its Solr request straight to Solr",
        d.line(),
        ratio,
        a.p50() / d.p50(),
        n,
        webMs,
        viaApiCpu.solrMs(),
        directCpu.solrMs(),
        cpuRatio,
        cpuRatio <= 2 ? "met" : "NOT met");
  }

  /** CPU ms per request, of the Solr node and of this JVM. */
  private record Cpu(double solrMs, double jvmMs) {}

  private static Cpu cpu(SolrConnection solr, int requests, IntFunction<Answer> send) {
    long solr0 = solr.nodeCpuNanos();
    long jvm0 = ThreadCpu.processNanos();
    for (int i = 0; i < requests; i++) {
      Answer answer = send.apply(i);
      if (!answer.ok()) {
        throw new IllegalStateException("the comparison request failed: " + answer.error());
      }
    }
    long jvm = ThreadCpu.processNanos() - jvm0;
    long node = solr.nodeCpuNanos() - solr0;
    return new Cpu(node / 1e6 / requests, jvm / 1e6 / requests);
  }

  private static void put(Map<String, Object> f, String key, Latencies l) {
    f.put(key + ".p50_ms", l.p50());
    f.put(key + ".p95_ms", l.p95());
    f.put(key + ".p99_ms", l.p99());
    f.put(key + ".mean_ms", l.mean());
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
