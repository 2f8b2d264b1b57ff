package org.litfacets.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.litfacets.indexing.FailureReason;
import org.litfacets.indexing.FaultCorpus;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Pipeline;
import org.litfacets.indexing.StopSolrOnBatch;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.Backoff;
import org.litfacets.solr.ConfigSet;
import org.litfacets.solr.LocalSolr;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrLimits;
import org.litfacets.solr.SolrUnavailableException;
import org.litfacets.solr.StalledSolr;
import org.litfacets.store.ArticleFields;
import org.litfacets.store.ArticleStore;
import org.litfacets.web.HostileRequests;
import org.litfacets.web.WebApp;

/**
 * The fault cases of the indexer and the web server, each run for real (real Solr nodes, real child
 * processes, real files) by {@code litfacets bench reliability} and by the integration tests. Each
 * returns what it tried and what was lost; a case passes when nothing was lost and no 5xx answer
 * was seen.
 */
final class ReliabilityCases {
  private ReliabilityCases() {}

  /**
   * The outcome of one case.
   *
   * @param inputs inputs tried (records, requests)
   * @param faults faults injected
   * @param answers5xx HTTP 5xx answers seen (must be 0)
   * @param lost records acknowledged or readable that did not reach the index (must be 0)
   * @param notes what happened, in a line
   */
  record Outcome(
      String name,
      String fault,
      long inputs,
      long faults,
      long answers5xx,
      long lost,
      boolean passed,
      String notes) {}

  /** Broken PubMed files: every fault reported, every good record of the same files indexed. */
  static Outcome badPubmedXml(SolrConnection solr, Path work) throws IOException {
    Path dir = work.resolve("bad-xml");
    List<FaultCorpus.Broken> broken = FaultCorpus.writeBroken(dir);
    IndexCounters counters =
        new Indexer(
                new ArticleStore(solr), Pipeline.NONE, IndexOptions.DEFAULTS, IndexProgress.NONE)
            .index(Indexer.inputFiles(List.of(dir)));
    List<String> good = broken.stream().flatMap(b -> b.goodPmids().stream()).toList();
    long lost = good.size() - present(solr, good).size();
    // Five kinds fail their record or file, the duplicate is reported as replaced, and unknown
    // elements are ignored as the DTD grows.
    boolean reported = counters.failedTotal() == 5 && counters.replaced() == 1;
    boolean passed = lost == 0 && reported && counters.stoppedBy().isEmpty();
    return new Outcome(
        "bad-pubmed-xml",
        "truncated file, wrong encoding, 1 MB title, missing PMID, duplicate PMID, unknown"
            + " elements, .gz that is not gzip",
        counters.read() + 1,
        broken.size(),
        0,
        lost,
        passed,
        String.format(
            "%d failures reported (%s), %d duplicate replaced, %d good records indexed",
            counters.failedTotal(),
            summaryOfFailures(counters),
            counters.replaced(),
            good.size() - lost));
  }

  /**
   * The web server under hostile requests: every parameter of every JSON route empty, negative,
   * huge, non-numeric, 100 KB long, in odd Unicode, and random query syntax ({@link
   * HostileRequests}), over the articles already in {@code solr}. Every answer must be a 2xx or a
   * 4xx JSON with a message: no 5xx, no HTML on /api/*, no hang, no stack trace.
   */
  static Outcome hostileRequests(SolrConnection solr, Optional<MeshVocabulary> mesh) {
    Javalin app = WebApp.create(solr, mesh).start(0);
    try {
      HostileRequests.Outcome o =
          new HostileRequests("http://localhost:" + app.port(), Duration.ofSeconds(30)).run(25, 1);
      return new Outcome(
          "hostile-requests",
          "every JSON route's parameters empty, negative, huge, 100 KB, odd Unicode, random syntax",
          o.tried(),
          o.tried(),
          o.serverErrors(),
          0,
          o.clean(),
          String.format(
              "%d endpoints: %d 5xx, %d non-JSON answers on /api/*, %d hangs, %d stack traces%s",
              o.endpoints(),
              o.serverErrors(),
              o.nonJsonApi(),
              o.hangs(),
              o.stackTraces(),
              o.examples().isEmpty() ? "" : "; e.g. " + shorten(o.examples().get(0))));
    } finally {
      app.stop();
    }
  }

  /**
   * SOLR-17707: a server that accepts an update and never reads it. The write must fail within the
   * request timeout and the connection must close within seconds.
   */
  static Outcome stalledSolr() throws IOException {
    SolrLimits limits = new SolrLimits(Duration.ofMillis(1500), Duration.ofSeconds(3));
    try (StalledSolr server = new StalledSolr()) {
      List<SolrInputDocument> docs = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(ArticleFields.ID, Integer.toString(i));
        d.setField(ArticleFields.TITLE, "x".repeat(100_000));
        docs.add(d);
      }
      long start = System.nanoTime();
      SolrConnection solr = SolrConnection.open(server.baseUrl(), ConfigSet.COLLECTION, limits);
      String failure = "none";
      try {
        new ArticleStore(solr).upsert(docs);
      } catch (SolrUnavailableException e) {
        failure = e.getMessage();
      }
      solr.close();
      double seconds = (System.nanoTime() - start) / 1e9;
      boolean failedClearly = !failure.equals("none");
      return new Outcome(
          "stalled-solr",
          "Solr accepts a 30 MB update and never reads it (SOLR-17707)",
          1,
          1,
          0,
          0,
          failedClearly && seconds < 30,
          String.format(
              "update failed after %.1f s with \"%s\", client closed", seconds, shorten(failure)));
    }
  }

  /**
   * The local Solr node stops in the middle of a run: the run must end with a clear failure, every
   * article counted as written or not; after a restart, re-running indexes everything.
   */
  static Outcome solrStopsDuringIndexing(Path work) throws IOException {
    Path corpus = work.resolve("outage-corpus");
    List<String> pmids = FaultCorpus.writeGood(corpus, 4, 100);
    Path home = work.resolve("outage-solr");
    List<Path> files = Indexer.inputFiles(List.of(corpus));
    List<String> retries = new ArrayList<>();
    LocalSolr node = LocalSolr.start(home, 0, "256m");
    long start = System.nanoTime();
    IndexCounters first;
    try (SolrConnection solr = SolrConnection.open(node.baseUrl(), ConfigSet.COLLECTION)) {
      first =
          new Indexer(
                  new ArticleStore(
                      solr,
                      new Backoff(3, Duration.ofMillis(500), Duration.ofSeconds(1)),
                      retries::add),
                  Pipeline.of(List.of(new StopSolrOnBatch(node))),
                  new IndexOptions(40, false),
                  IndexProgress.NONE)
              .index(files);
    } finally {
      node.close();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long uncounted = first.read() - first.indexed() - first.failedTotal();
    long lost;
    try (LocalSolr again = LocalSolr.start(home, 0, "256m");
        SolrConnection solr = SolrConnection.open(again.baseUrl(), ConfigSet.COLLECTION)) {
      new Indexer(
              new ArticleStore(solr),
              Pipeline.NONE,
              new IndexOptions(40, false),
              IndexProgress.NONE)
          .index(files);
      lost = pmids.size() - present(solr, pmids).size();
    }
    boolean passed = first.stoppedBy().isPresent() && uncounted == 0 && lost == 0 && seconds < 120;
    return new Outcome(
        "solr-stops-during-indexing",
        "the local Solr node is stopped (SIGTERM) while the indexer writes",
        first.read(),
        1,
        0,
        lost + uncounted,
        passed,
        String.format(
            "run ended after %.1f s, %d retries, %,d indexed, %,d counted as not written (%s);"
                + " after a restart the re-run indexed all %,d",
            seconds,
            retries.size(),
            first.indexed(),
            first.failed(FailureReason.SOLR_UNAVAILABLE),
            shorten(first.stoppedBy().orElse("did not stop")),
            pmids.size()));
  }

  /**
   * {@code litfacets index} in a child JVM, killed with SIGKILL once its checkpoint records a few
   * finished files; the same command is run again and must skip those files and leave every record
   * in the index exactly once.
   */
  static Outcome indexerKilled(String solrUrl, Path work) throws IOException, InterruptedException {
    Path corpus = work.resolve("kill-corpus");
    List<String> pmids = FaultCorpus.writeGood(corpus, 24, 400);
    String collection = "litfacets_killed";
    Path checkpoints = work.resolve("checkpoints");
    List<String> command =
        List.of(
            "index",
            "--solr-url",
            solrUrl,
            "--collection",
            collection,
            "--enrich",
            "none",
            "--batch-size",
            "100",
            "--checkpoint-dir",
            checkpoints.toString(),
            corpus.toString());
    try (SolrConnection solr = SolrConnection.open(solrUrl, collection)) {
      solr.ensureCollection(1);
      solr.deleteAll();
    }
    Process first = ChildCommand.start(command, work.resolve("killed-run.log"));
    int finishedAtKill = awaitFinishedFiles(first, checkpoints, 3, Duration.ofMinutes(3));
    first.destroyForcibly();
    first.waitFor(30, TimeUnit.SECONDS);
    Path secondLog = work.resolve("second-run.log");
    Process second = ChildCommand.start(command, secondLog);
    boolean ended = second.waitFor(5, TimeUnit.MINUTES);
    int code = ended ? second.exitValue() : -1;
    if (!ended) {
      second.destroyForcibly();
    }
    String log = Files.readString(secondLog, StandardCharsets.UTF_8);
    boolean skipped = log.contains("Checkpoint: ") && log.contains("skipping them");
    long found;
    long distinct;
    String checksum;
    try (SolrConnection solr = SolrConnection.open(solrUrl, collection)) {
      new ArticleStore(solr).commit();
      List<String> ids = allPmids(solr);
      found = ids.size();
      distinct = new HashSet<>(ids).size();
      checksum = checksum(ids);
    }
    boolean exact = found == pmids.size() && distinct == found && checksum.equals(checksum(pmids));
    boolean passed = finishedAtKill > 0 && code == 0 && skipped && exact;
    return new Outcome(
        "indexer-killed",
        "kill -9 of `litfacets index` halfway through 24 files, then the same command again",
        pmids.size(),
        1,
        0,
        Math.max(0, pmids.size() - distinct),
        passed,
        String.format(
            "killed with %d of 24 files checkpointed; the re-run (exit %d) %s; index holds %,d"
                + " articles, %,d distinct, PMID checksum %s",
            finishedAtKill,
            code,
            skipped ? "skipped them" : "did NOT say it skipped them",
            found,
            distinct,
            checksum.equals(checksum(pmids)) ? "matches" : "DIFFERS"));
  }

  /**
   * {@code litfacets solr} in a child JVM stopped with SIGTERM: it must exit, release the index
   * lock, and a new node must open the same index.
   */
  static Outcome solrCommandStopped(Path work) throws IOException, InterruptedException {
    Path home = work.resolve("solr-command-home");
    int port = freePort();
    Path log = work.resolve("solr-command.log");
    Process solr =
        ChildCommand.start(
            List.of("solr", "--solr-port", Integer.toString(port), "--solr-home", home.toString()),
            log);
    boolean ready = awaitLine(solr, log, "Solr is running", Duration.ofMinutes(3));
    solr.destroy();
    boolean exited = solr.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      solr.destroyForcibly();
    }
    boolean lockLeft = heldLocks(home) > 0;
    boolean reopened;
    try (LocalSolr again = LocalSolr.start(home, 0, "256m");
        SolrConnection c = SolrConnection.open(again.baseUrl(), ConfigSet.COLLECTION)) {
      c.ping();
      reopened = true;
    } catch (RuntimeException e) {
      reopened = false;
    }
    return new Outcome(
        "solr-command-sigterm",
        "SIGTERM to `litfacets solr`",
        1,
        1,
        0,
        0,
        ready && exited && !lockLeft && reopened,
        String.format(
            "%s; exited %s; write.lock %s; a new node %s the same index",
            ready ? "node was serving" : "node never became ready",
            exited ? "with " + solr.exitValue() : "NOT within 60 s",
            lockLeft ? "STILL HELD" : "released",
            reopened ? "opened" : "could NOT open"));
  }

  /**
   * Lucene's write.lock files whose OS lock another process still holds (the file itself stays
   * after a clean release; the lock is what matters).
   */
  /**
   * SIGTERM to {@code litfacets demo} while it serves: the web server stops answering, the local
   * node it started stops and releases its index, and a new node opens that index.
   */
  static Outcome demoCommandStopped(Path work) throws IOException, InterruptedException {
    Path home = work.resolve("demo-command-home");
    Path corpus = work.resolve("demo-corpus");
    List<String> pmids = FaultCorpus.writeGood(corpus, 1, 20);
    int port = freePort();
    Path log = work.resolve("demo-command.log");
    Process demo =
        ChildCommand.start(
            List.of(
                "demo",
                "--corpus",
                corpus.toString(),
                "--enrich",
                "none",
                "--shared-data",
                work.resolve("no-shared-data").toString(),
                "--port",
                Integer.toString(port),
                "--solr-port",
                Integer.toString(freePort()),
                "--solr-home",
                home.toString()),
            log);
    boolean serving = awaitLine(demo, log, "litfacets is serving", Duration.ofMinutes(3));
    boolean answered = serving && health(port) == 200;
    demo.destroy();
    boolean exited = demo.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      demo.destroyForcibly();
    }
    boolean webStopped = health(port) < 0;
    boolean lockLeft = heldLocks(home) > 0;
    long kept = 0;
    try (LocalSolr again = LocalSolr.start(home, 0, "256m");
        SolrConnection c = SolrConnection.open(again.baseUrl(), ConfigSet.COLLECTION)) {
      kept = present(c, pmids).size();
    } catch (RuntimeException e) {
      kept = -1;
    }
    return new Outcome(
        "demo-command-sigterm",
        "SIGTERM to `litfacets demo` while it serves",
        pmids.size(),
        1,
        0,
        kept < 0 ? pmids.size() : pmids.size() - kept,
        answered && exited && webStopped && !lockLeft && kept == pmids.size(),
        String.format(
            "%s; exited %s; web server %s; write.lock %s; a new node %s",
            answered ? "demo was serving" : "demo never served",
            exited ? "with " + demo.exitValue() : "NOT within 60 s",
            webStopped ? "stopped" : "STILL ANSWERING",
            lockLeft ? "STILL HELD" : "released",
            kept < 0
                ? "could NOT open the index"
                : "opened the index with " + kept + " of " + pmids.size() + " articles"));
  }

  /** The status of {@code /api/health} on a local port, or -1 when nothing answers there. */
  private static int health(int port) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + port + "/api/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static long heldLocks(Path home) throws IOException {
    List<Path> locks;
    try (Stream<Path> files = Files.walk(home)) {
      locks = files.filter(p -> p.getFileName().toString().equals("write.lock")).toList();
    }
    long held = 0;
    for (Path lock : locks) {
      try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
          FileLock got = channel.tryLock()) {
        if (got == null) {
          held++;
        }
      } catch (OverlappingFileLockException e) {
        held++;
      }
    }
    return held;
  }

  private static int awaitFinishedFiles(Process p, Path checkpoints, int atLeast, Duration limit)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end && p.isAlive()) {
      int n = finishedFiles(checkpoints);
      if (n >= atLeast) {
        return n;
      }
      Thread.sleep(50);
    }
    return 0;
  }

  private static int finishedFiles(Path checkpoints) {
    if (!Files.isDirectory(checkpoints)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(checkpoints)) {
      int n = 0;
      for (Path f : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
        try {
          n += (int) Files.readAllLines(f).stream().filter(l -> l.contains(".xml\t")).count();
        } catch (IOException movedAway) {
          // rewritten while we read; count it next time
        }
      }
      return n;
    } catch (IOException e) {
      return 0;
    }
  }

  private static boolean awaitLine(Process p, Path log, String text, Duration limit)
      throws InterruptedException, IOException {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end && p.isAlive()) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Set<String> present(SolrConnection solr, List<String> pmids) {
    Set<String> found = new HashSet<>();
    new ArticleStore(solr).commit();
    for (int i = 0; i < pmids.size(); i += 500) {
      new ArticleStore(solr)
          .getAll(pmids.subList(i, Math.min(pmids.size(), i + 500)))
          .forEach(a -> found.add(a.pmid()));
    }
    return found;
  }

  private static List<String> allPmids(SolrConnection solr) {
    SolrQuery q =
        new SolrQuery("*:*")
            .addFilterQuery(ArticleFields.DOC_TYPE + ":" + ArticleFields.ARTICLE_TYPE)
            .setFields(ArticleFields.PMID)
            .setRows(1_000_000);
    List<String> out = new ArrayList<>();
    for (SolrDocument d : solr.call("read all PMIDs", () -> solr.client().query(q)).getResults()) {
      out.add(String.valueOf(d.getFieldValue(ArticleFields.PMID)));
    }
    return out;
  }

  /** Order-free checksum of a PMID list: SHA-256 of the sorted PMIDs, first 12 hex digits. */
  static String checksum(List<String> pmids) {
    try {
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      pmids.stream().sorted().forEach(p -> sha.update((p + "\n").getBytes(StandardCharsets.UTF_8)));
      return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String summaryOfFailures(IndexCounters counters) {
    List<String> parts = new ArrayList<>();
    for (FailureReason r : FailureReason.values()) {
      if (counters.failed(r) > 0) {
        parts.add(counters.failed(r) + " " + r.description());
      }
    }
    return String.join(", ", parts);
  }

  private static String shorten(String s) {
    return s.length() > 140 ? s.substring(0, 140) + "..." : s;
  }
}
