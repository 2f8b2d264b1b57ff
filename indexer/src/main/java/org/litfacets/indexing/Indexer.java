package org.litfacets.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
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
 * record read is counted as indexed, skipped or failed. Writing to Solr overlaps with reading the
 * next batch.
 */
public final class Indexer {
  private static final int WRITERS = 2;
  private final ArticleStore store;
  private final Pipeline pipeline;
  private final IndexOptions options;
  private final IndexProgress progress;
  private final Checkpoint checkpoint;
  private volatile boolean stopRequested;
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
    long total = files.stream().mapToLong(Indexer::size).sum();
    long doneBefore = 0;
    // Two writer threads and a short queue: reading and enriching go on while Solr indexes two
    // batches at once
    // (one per core of a small machine). Waiting at the end of each file keeps files in order, so a
    // later file's
    // version of a citation always wins.
    ThreadPoolExecutor writer =
        new ThreadPoolExecutor(
            WRITERS,
            WRITERS,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WRITERS),
            r -> new Thread(r, "solr-writer"),
            new ThreadPoolExecutor.CallerRunsPolicy());
    List<Future<?>> pending = new ArrayList<>();
    try {
      for (Path file : files) {
        if (stopRequested || gaveUp != null) {
          break;
        }
        long unreadable = counters.failed(FailureReason.UNREADABLE_FILE);
        doneBefore = indexFile(file, counters, writer, pending, doneBefore, total);
        awaitAll(pending);
        if (!stopRequested
            && gaveUp == null
            && counters.failed(FailureReason.UNREADABLE_FILE) == unreadable) {
          checkpoint.finished(file);
        }
      }
      awaitAll(pending);
      store.commit();
      if (!stopRequested) {
        checkpoint.complete();
      }
    } catch (SolrUnavailableException e) {
      if (gaveUp == null) {
        gaveUp = e;
      }
    } finally {
      List<Runnable> queued = writer.shutdownNow();
      if (gaveUp != null) {
        // Batches still queued count themselves as failed rather than vanish.
        queued.forEach(Runnable::run);
      }
      awaitWriters(writer);
    }
    if (gaveUp != null) {
      counters.stop(gaveUp.getMessage());
    }
    // An interrupted run reports how far it got, not a full bar.
    progress.update(stopRequested ? doneBefore : total, total, counters);
    return counters;
  }

  private long indexFile(
      Path file,
      IndexCounters counters,
      ThreadPoolExecutor writer,
      List<Future<?>> pending,
      long doneBefore,
      long total) {
    List<EnrichedArticle> batch = new ArrayList<>(options.batchSize());
    long done = doneBefore + size(file);
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
          submit(batch, counters, writer, pending);
          batch = new ArrayList<>(options.batchSize());
          awaitAll(pending);
          store.delete(d.pmids());
          counters.countDeleted(d.pmids().size());
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
          submit(batch, counters, writer, pending);
          batch = new ArrayList<>(options.batchSize());
          progress.update(doneBefore + reader.bytesRead(), total, counters);
        }
      }
      if (stopRequested) {
        done = doneBefore + reader.bytesRead();
      }
    } catch (IOException | UncheckedIOException e) {
      counters.countFailed(FailureReason.UNREADABLE_FILE, file + ": " + e.getMessage());
    }
    // Also when the file broke off: the complete records read before are written.
    submit(batch, counters, writer, pending);
    progress.update(done, total, counters);
    return done;
  }

  private void submit(
      List<EnrichedArticle> batch,
      IndexCounters counters,
      ThreadPoolExecutor writer,
      List<Future<?>> pending) {
    if (batch.isEmpty()) {
      return;
    }
    List<EnrichedArticle> enriched = pipeline.enrich(batch, counters);
    List<SolrInputDocument> docs = enriched.stream().map(ArticleDocuments::toSolr).toList();
    pending.removeIf(Future::isDone);
    pending.add(writer.submit(() -> write(docs, counters)));
  }

  private void write(List<SolrInputDocument> docs, IndexCounters counters) {
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

  /** Lets a writer that was still retrying count its batch as failed before the run reports. */
  private static void awaitWriters(ThreadPoolExecutor writer) {
    try {
      writer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for every pending write, then throws the first failure (none is left running). */
  private static void awaitAll(List<Future<?>> pending) {
    RuntimeException first = null;
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing to Solr", e);
      } catch (ExecutionException e) {
        if (first == null) {
          first =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(e.getCause());
        }
      }
    }
    pending.clear();
    if (first != null) {
      throw first;
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
