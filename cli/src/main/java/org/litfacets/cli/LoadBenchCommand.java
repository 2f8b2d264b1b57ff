package org.litfacets.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.litfacets.cli.ApiWorkload.Answer;
import org.litfacets.cli.ApiWorkload.Call;
import org.litfacets.cli.ApiWorkload.Kind;
import org.litfacets.cli.ApiWorkload.Latencies;
import org.litfacets.solr.SolrConnection;
import org.litfacets.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description =
        "Load test: --clients concurrent clients send a mix of searches (keyword, semantic, hybrid when "
            + "served, sentence, pair, related, Boolean) to the web server for --seconds, each as soon as "
            + "its previous answer came. Goal: >= 200 requests/s from 32 clients, no errors, p99 < 300 ms.")
final class LoadBenchCommand implements Callable<Integer> {
  static final double GOAL_RPS = 200;
  static final double GOAL_P99_MS = 300;

  /**
   * Share of each search type in the mix, in percent: mostly keyword searches, as on a search page.
   */
  static final Map<Kind, Integer> MIX =
      Map.of(
          Kind.KEYWORD, 45,
          Kind.SEMANTIC, 10,
          Kind.HYBRID, 10,
          Kind.SENTENCE, 15,
          Kind.PAIR, 8,
          Kind.RELATED, 5,
          Kind.BOOLEAN, 7);

  @Mixin BenchServer.Options server;

  @Option(
      names = "--url",
      description =
          "A running litfacets web server to load (e.g. http://localhost:7070). Without it, the "
              + "benchmark collection is served in this process, as 'bench query' serves it.")
  String url;

  @Option(
      names = "--clients",
      defaultValue = "32",
      description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "Timed duration, after --warm-up. Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Option(
      names = "--warm-up",
      defaultValue = "5",
      description =
          "Seconds of the same load before the timed run, untimed: a server in use has compiled its"
              + " code (just-in-time) and filled Solr's caches. Default: ${DEFAULT-VALUE}.")
  int warmUpSeconds;

  @Option(
      names = "--queries",
      defaultValue = "bench/queries.txt",
      description = "One query per line. Default: ${DEFAULT-VALUE}.")
  Path queries;

  @Mixin ResultsOption results;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> lines = ApiWorkload.queries(queries);
    if (url != null) {
      try (SolrSession session = SolrSession.open(server.solr, server.collection(), System.err)) {
        run(
            url,
            ApiWorkload.build(session.connection(), lines),
            session.connection(),
            "the server at " + url);
      }
    } else {
      try (BenchServer s = BenchServer.start(server, System.err)) {
        run(
            s.url(),
            ApiWorkload.build(s.session.connection(), lines),
            s.session.connection(),
            s.collection.description()
                + ", served in this process"
                + admission(server.web.maxConcurrentRequests()));
      }
    }
    return 0;
  }

  private static String admission(int max) {
    return max == WebApp.NO_LIMIT ? " with no admission limit" : " " + max + " requests at a time";
  }

  private void run(String base, ApiWorkload workload, SolrConnection solr, String what)
      throws InterruptedException {
    ApiWorkload.Client client = new ApiWorkload.Client(base);
    List<Call> mix = mix(workload, client);
    // Warm-up, then the timed run; each client walks the shuffled mix from its own offset.
    drive(client, mix, warmUpSeconds, new ConcurrentHashMap<>());
    Map<Kind, List<Double>> millis = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    long solr0 = solr.nodeCpuNanos();
    long jvm0 = ThreadCpu.processNanos();
    ThreadCpu threads0 = ThreadCpu.snapshot();
    AtomicLong clientNanos = new AtomicLong();
    long start = System.nanoTime();
    int total = drive(client, mix, seconds, millis, errors, clientNanos);
    double elapsed = (System.nanoTime() - start) / 1e9;
    Map<ThreadCpu.Group, Double> byGroup = ThreadCpu.snapshot().secondsSince(threads0);
    double jvmMs = (ThreadCpu.processNanos() - jvm0) / 1e6 / Math.max(1, total);
    double solrMs = (solr.nodeCpuNanos() - solr0) / 1e6 / Math.max(1, total);
    double clientsMs = clientNanos.get() / 1e6 / Math.max(1, total);
    // the clients' threads have ended: their share is theirs, read by each of them
    byGroup.put(ThreadCpu.Group.LOAD_CLIENTS, clientsMs * total / 1e3);
    List<Double> all = new ArrayList<>();
    millis.values().forEach(all::addAll);
    Latencies l = Latencies.of(all);
    int failed = errors.values().stream().mapToInt(AtomicInteger::get).sum();
    double rps = total / elapsed;
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("clients", clients);
    f.put("seconds", BenchCommand.round(elapsed, 1));
    f.put("requests", total);
    f.put("errors", failed);
    f.put("requests_per_second", BenchCommand.round(rps, 1));
    f.put("p50_ms", l.p50());
    f.put("p95_ms", l.p95());
    f.put("p99_ms", l.p99());
    f.put("mean_ms", l.mean());
    f.put("cpu_ms.jvm", BenchCommand.round(jvmMs, 2));
    f.put("cpu_ms.load_clients", BenchCommand.round(clientsMs, 2));
    f.put("cpu_ms.solr", BenchCommand.round(solrMs, 2));
    StringBuilder groups = new StringBuilder();
    for (Map.Entry<ThreadCpu.Group, Double> g : byGroup.entrySet()) {
      double ms = g.getValue() * 1e3 / Math.max(1, total);
      f.put("cpu_ms.jvm." + g.getKey().key(), BenchCommand.round(ms, 2));
      groups.append(String.format(Locale.ROOT, " %s %.1f", g.getKey().key(), ms));
    }
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "bench load: %d clients for %.0f s against %s%n"
                + "  (the load generator runs on the same shared cores as the server and Solr)%n"
                + "  %,d requests, %.1f requests/s, %d errors; %s%n"
                + "  CPU per request: this JVM %.1f ms (%s; its load clients' threads %.1f ms),"
                + " the Solr node %.1f ms%n"
                + "  this JVM's CPU per request by thread, ms:%s%n"
                + "  goals: >= %.0f requests/s: %s; no errors: %s; p99 < %.0f ms: %s%n",
            clients,
            elapsed,
            what,
            total,
            rps,
            failed,
            l.line(),
            jvmMs,
            url == null ? "web server and load generator" : "load generator",
            clientsMs,
            solrMs,
            groups,
            GOAL_RPS,
            rps >= GOAL_RPS ? "met" : "NOT met",
            failed == 0 ? "met" : "NOT met",
            GOAL_P99_MS,
            l.p99() < GOAL_P99_MS ? "met" : "NOT met"));
    Map<Kind, List<Double>> byKind = new EnumMap<>(Kind.class);
    byKind.putAll(millis);
    for (Map.Entry<Kind, List<Double>> e : byKind.entrySet()) {
      Latencies k = Latencies.of(e.getValue());
      report.append(
          String.format(Locale.ROOT, "    %-50s %6d  %s%n", e.getKey().label, k.count(), k.line()));
      f.put(e.getKey().key() + ".requests", k.count());
      f.put(e.getKey().key() + ".p99_ms", k.p99());
    }
    errors.forEach(
        (message, n) ->
            report.append(String.format(Locale.ROOT, "    error x%d: %s%n", n.get(), message)));
    BenchResults.publish(
        results.folder,
        "load",
        "load",
        List.of(server.abstracts()),
        report.toString().stripTrailing(),
        f);
  }

  /** The mix of {@link #MIX}, over the search types the server answers, shuffled reproducibly. */
  private static List<Call> mix(ApiWorkload workload, ApiWorkload.Client client) {
    List<Call> mix = new ArrayList<>();
    for (Map.Entry<Kind, Integer> share : MIX.entrySet()) {
      List<Call> calls = workload.calls().get(share.getKey());
      if (calls.isEmpty() || !client.send(calls.get(0)).ok()) {
        System.err.println("bench load: " + share.getKey().label + " left out (not served)");
        continue;
      }
      for (int i = 0; i < share.getValue() * 10; i++) {
        mix.add(calls.get(i % calls.size()));
      }
    }
    Collections.shuffle(mix, new java.util.Random(18));
    return mix;
  }

  private int drive(
      ApiWorkload.Client client, List<Call> mix, int forSeconds, Map<Kind, List<Double>> millis)
      throws InterruptedException {
    return drive(client, mix, forSeconds, millis, new ConcurrentHashMap<>(), new AtomicLong());
  }

  private int drive(
      ApiWorkload.Client client,
      List<Call> mix,
      int forSeconds,
      Map<Kind, List<Double>> millis,
      Map<String, AtomicInteger> errors,
      AtomicLong clientNanos)
      throws InterruptedException {
    long end = System.nanoTime() + forSeconds * 1_000_000_000L;
    AtomicInteger done = new AtomicInteger();
    CountDownLatch finished = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int offset = c * mix.size() / clients;
      Thread t =
          new Thread(
              () -> {
                try {
                  List<Double> mine = new ArrayList<>();
                  List<Kind> kinds = new ArrayList<>();
                  for (int i = offset; System.nanoTime() < end; i++) {
                    Call call = mix.get(i % mix.size());
                    Answer a = client.send(call);
                    mine.add(a.millis());
                    kinds.add(call.kind());
                    done.incrementAndGet();
                    if (!a.ok()) {
                      String message =
                          call.kind().key()
                              + " HTTP "
                              + a.status()
                              + " "
                              + (a.error() == null ? "" : a.error().replaceAll("\\s+", " "));
                      errors
                          .computeIfAbsent(
                              message.substring(0, Math.min(160, message.length())),
                              k -> new AtomicInteger())
                          .incrementAndGet();
                    }
                  }
                  for (int i = 0; i < mine.size(); i++) {
                    millis
                        .computeIfAbsent(
                            kinds.get(i), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(mine.get(i));
                  }
                } finally {
                  clientNanos.addAndGet(
                      ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                  finished.countDown();
                }
              },
              "load-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    finished.await();
    return done.get();
  }
}
