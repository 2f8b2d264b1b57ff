package org.litfacets.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.solr.common.SolrInputDocument;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;
import org.litfacets.solr.SolrRequestRejectedException;
import org.litfacets.solr.SolrUnavailableException;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleFields;
import org.litfacets.store.ArticleStore;

/**
 * The indexing pipeline: PubMed XML files → records → enrichers → Solr documents → store. Every
 * record read is counted as indexed, skipped or failed. Batches are enriched on one worker per core
 * (their order in the index may differ from the input's within a file) while the reader parses the
 * next ones, and written to Solr while the next ones are enriched.
 */
public final class Indexer {
  private static final int WRITERS = 2;
  private final ArticleStore store;
  private final Pipeline pipeline;
  private final IndexOptions options;
  private final IndexProgress progress;
  private final Checkpoint checkpoint;
  private volatile boolean stopRequested;
  // Where reading has got to, for the progress reported after each write.
  private volatile long bytesRead;
  private volatile long bytesTotal;
  private volatile SolrUnavailableException gaveUp;

  public Indexer(
      ArticleStore store, Pipeline pipeline, IndexOptions options, IndexProgress progress) {
    this(store, pipeline, options, progress, Checkpoint.NONE);
  }

  /** An indexer that records in {@code checkpoint} each file whose every batch Solr accepted. */
  public Indexer(
      ArticleStore store,
      Pipeline pipeline,
      IndexOptions options,
      IndexProgress progress,
      Checkpoint checkpoint) {
    this.store = store;
    this.pipeline = pipeline;
    this.options = options;
    this.progress = progress;
    this.checkpoint = checkpoint;
  }

  /**
   * Finds the PubMed XML files (.xml, .xml.gz) under the given files and folders, in a stable
   * order.
   */
  public static List<Path> inputFiles(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(Indexer::isXml).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + input, e);
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new IllegalArgumentException("no such file or folder: " + input);
      }
    }
    return files;
  }

  private static boolean isXml(Path p) {
    String name = p.getFileName().toString().toLowerCase();
    return name.endsWith(".xml") || name.endsWith(".xml.gz");
  }

  /**
   * Asks a running {@link #index} to stop after the current batch; what was read so far is still
   * written.
   */
  public void requestStop() {
    stopRequested = true;
  }

  /**
   * Indexes the files and commits. Stops early, with everything read so far written, when {@link
   * #requestStop()} is called.
   *
   * <p>When Solr stays unavailable (after the store's retries), the run stops: the batches that
   * could not be written are counted as failed ({@link FailureReason#SOLR_UNAVAILABLE}) and {@link
   * IndexCounters#stoppedBy()} says why. Re-running resumes, since writes are upserts.
   */
  public IndexCounters index(List<Path> files) {
    IndexCounters counters = new IndexCounters();
    counters.setParallelism(options.workers(), WRITERS);
    long total = files.stream().mapToLong(Indexer::size).sum();
    bytesTotal = total;
    long doneBefore = 0;
    // Enrichment workers, one per core, take batches from a short queue while the reading thread
    // parses the next ones; each enriched batch goes to two Solr writers, so enrichment never
    // waits for Solr. Full queues block the thread that feeds them, which bounds the memory held
    // by batches in flight. Models are shared: every step's models are thread-safe.
    ThreadPoolExecutor enrichers = pool(options.workers(), "enricher");
    ThreadPoolExecutor writer = pool(WRITERS, "solr-writer");
    InFlight inFlight = new InFlight();
    try {
      for (Path file : files) {
        if (stopRequested || gaveUp != null) {
          break;
        }
        long unreadable = counters.failed(FailureReason.UNREADABLE_FILE);
        doneBefore = indexFile(file, counters, enrichers, writer, inFlight, doneBefore, total);
        // Waiting at the end of each file keeps files in order, so that a later file's version of
        // a citation always wins.
        inFlight.awaitAll();
        if (!stopRequested
            && gaveUp == null
            && counters.failed(FailureReason.UNREADABLE_FILE) == unreadable) {
          checkpoint.finished(file);
        }
      }
      inFlight.awaitAll();
      store.commit();
      if (!stopRequested) {
        checkpoint.complete();
      }
    } catch (SolrUnavailableException e) {
      if (gaveUp == null) {
        gaveUp = e;
      }
    } finally {
      if (gaveUp != null) {
        // Every task still in flight sees that the run gave up and counts its batch as failed
        // rather than let it vanish.
        inFlight.awaitQuietly();
      }
      enrichers.shutdownNow();
      writer.shutdownNow();
    }
    if (gaveUp != null) {
      counters.stop(gaveUp.getMessage());
    }
    // An interrupted run reports how far it got, not a full bar.
    progress.update(stopRequested ? doneBefore : total, total, counters);
    return counters;
  }

  /** A fixed pool whose full queue makes the submitting thread wait (back-pressure). */
  private static ThreadPoolExecutor pool(int threads, String name) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        },
        (task, executor) -> {
          try {
            executor.getQueue().put(task);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free " + name, e);
          }
        });
  }

  private long indexFile(
      Path file,
      IndexCounters counters,
      ThreadPoolExecutor enrichers,
      ThreadPoolExecutor writer,
      InFlight inFlight,
      long doneBefore,
      long total) {
    List<EnrichedArticle> batch = new ArrayList<>(options.batchSize());
    long done = doneBefore + size(file);
    long readStart = System.nanoTime();
    Set<String> pmids = new HashSet<>();
    int recordNumber = 0;
    try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
      for (PubmedRecord record;
          !stopRequested && gaveUp == null && (record = reader.next()) != null; ) {
        counters.countRead();
        recordNumber++;
        if (record instanceof PubmedRecord.Citation c) {
          if (!pmids.add(c.article().pmid())) {
            counters.countReplaced(
                file.getFileName() + " record " + recordNumber + " PMID " + c.article().pmid());
          }
          if (!c.article().hasAbstract() && !options.keepWithoutAbstract()) {
            counters.countSkipped(SkipReason.NO_ABSTRACT);
          } else {
            batch.add(new EnrichedArticle(c.article()));
          }
        } else if (record instanceof PubmedRecord.Deletion d) {
          // A deletion must not overtake an earlier add of the same PMID.
          counters.countStageTime(IndexCounters.READ, System.nanoTime() - readStart);
          submit(batch, counters, enrichers, writer, inFlight);
          batch = new ArrayList<>(options.batchSize());
          inFlight.awaitAll();
          store.delete(d.pmids());
          counters.countDeleted(d.pmids().size());
          readStart = System.nanoTime();
        } else if (record instanceof PubmedRecord.Malformed m) {
          counters.countFailed(
              FailureReason.MALFORMED_RECORD,
              file.getFileName()
                  + " record "
                  + recordNumber
                  + (m.pmid() == null ? "" : " PMID " + m.pmid())
                  + ": "
                  + m.reason());
        }
        if (batch.size() >= options.batchSize()) {
          counters.countStageTime(IndexCounters.READ, System.nanoTime() - readStart);
          submit(batch, counters, enrichers, writer, inFlight);
          batch = new ArrayList<>(options.batchSize());
          bytesRead = doneBefore + reader.bytesRead();
          progress.update(bytesRead, total, counters);
          readStart = System.nanoTime();
        }
      }
      if (stopRequested) {
        done = doneBefore + reader.bytesRead();
      }
    } catch (IOException | UncheckedIOException e) {
      counters.countFailed(FailureReason.UNREADABLE_FILE, file + ": " + e.getMessage());
    }
    // Also when the file broke off: the complete records read before are written.
    counters.countStageTime(IndexCounters.READ, System.nanoTime() - readStart);
    submit(batch, counters, enrichers, writer, inFlight);
    bytesRead = done;
    progress.update(done, total, counters);
    return done;
  }

  private void submit(
      List<EnrichedArticle> batch,
      IndexCounters counters,
      ThreadPoolExecutor enrichers,
      ThreadPoolExecutor writer,
      InFlight inFlight) {
    if (batch.isEmpty()) {
      return;
    }
    inFlight.add(
        enrichers.submit(
            () -> {
              if (gaveUp != null) {
                counters.countFailed(
                    FailureReason.SOLR_UNAVAILABLE,
                    batch.size(),
                    batch.size() + " articles from PMID " + batch.get(0).article().pmid());
                return;
              }
              List<EnrichedArticle> enriched = pipeline.enrich(batch, counters);
              List<SolrInputDocument> docs =
                  enriched.stream().map(ArticleDocuments::toSolr).toList();
              inFlight.add(writer.submit(() -> write(docs, counters)));
            }));
  }

  private void write(List<SolrInputDocument> docs, IndexCounters counters) {
    long start = System.nanoTime();
    try {
      writeOrSplit(docs, counters);
    } finally {
      counters.countStageTime(IndexCounters.WRITE, System.nanoTime() - start);
    }
    progress.update(bytesRead, bytesTotal, counters);
  }

  private void writeOrSplit(List<SolrInputDocument> docs, IndexCounters counters) {
    try {
      if (gaveUp != null) {
        throw gaveUp;
      }
      store.upsert(docs);
      counters.countIndexed(docs.size());
    } catch (SolrUnavailableException e) {
      // The store has retried already: stop the run, and let no batch go uncounted.
      counters.countFailed(
          FailureReason.SOLR_UNAVAILABLE,
          docs.size(),
          docs.size() + " articles from PMID " + docs.get(0).getFieldValue(ArticleFields.PMID));
      if (gaveUp == null) {
        gaveUp = e;
      }
      throw e;
    } catch (SolrRequestRejectedException batchFailure) {
      if (docs.size() == 1) {
        throw batchFailure;
      }
      // Solr refused the batch: send one by one so that only the bad documents fail. An unreachable
      // Solr
      // (SolrUnavailableException) stops the run instead.
      for (SolrInputDocument doc : docs) {
        try {
          store.upsert(List.of(doc));
          counters.countIndexed(1);
        } catch (SolrRequestRejectedException e) {
          counters.countFailed(
              FailureReason.REJECTED_BY_SOLR,
              "PMID " + doc.getFieldValue(ArticleFields.PMID) + ": " + e.getMessage());
        }
      }
    }
  }

  /**
   * The enrichment and write tasks not yet awaited. A write is added by its enrichment task before
   * that task ends, so awaiting until none is left also awaits the writes of the batches enriched
   * meanwhile.
   */
  private static final class InFlight {
    private final Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();

    void add(Future<?> task) {
      pending.add(task);
    }

    /** Waits for every task; the first that failed is rethrown at once. */
    void awaitAll() {
      await(true);
    }

    /** Waits for every task, whatever its outcome: each one has counted its batch by then. */
    void awaitQuietly() {
      await(false);
    }

    private void await(boolean rethrow) {
      for (Future<?> f; (f = pending.poll()) != null; ) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          if (rethrow) {
            throw new IllegalStateException("interrupted while enriching or writing to Solr", e);
          }
          return;
        } catch (ExecutionException e) {
          if (!rethrow) {
            continue; // counted by the task itself
          }
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
