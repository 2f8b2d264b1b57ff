package org.litfacets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.common.SolrInputDocument;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.Indexer;
import org.litfacets.indexing.Part;
import org.litfacets.indexing.Pipeline;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;

/**
 * The latency benchmarks' collection: every real abstract of the shared data indexed through the
 * indexer with the chosen enrichment, each enriched article also stored under new PMIDs (from
 * {@value #COPY_PMID_BASE}) until the collection holds the wanted number of articles. Enrichment
 * runs once per real abstract: its copies reuse the enriched article (sentences, entities,
 * relations, vectors, ...), so 100,000 articles cost the enrichment of about 22,000. The collection
 * stays in Solr between runs and is reused while it holds the wanted number of articles; once
 * built, it is merged into one segment.
 */
final class BenchCollection {
  static final long COPY_PMID_BASE = 900_000_000L;

  private BenchCollection() {}

  /** What the collection holds, for reports. */
  record Built(long articles, int realAbstracts, String description, double buildSeconds) {}

  /**
   * Reuses the collection when it already holds {@code docs} articles (and {@code rebuild} is
   * false); builds it otherwise.
   */
  static Built ensure(
      ArticleStore store,
      Runnable deleteAll,
      Runnable mergeSegments,
      Path shared,
      int realLimit,
      int docs,
      boolean rebuild,
      java.util.function.Function<ArticleStore, Pipeline> enrichment,
      PrintStream log)
      throws IOException {
    long present = store.count();
    if (!rebuild && present == docs) {
      log.printf(
          Locale.ROOT,
          "bench collection: reusing the %,d articles already indexed (--rebuild builds it again)%n",
          present);
      return new Built(
          present, -1, String.format(Locale.ROOT, "%,d articles (reused)", present), 0);
    }
    Path folder = Files.createTempDirectory("litfacets-bench-abstracts");
    try {
      BenchAbstracts real = BenchAbstracts.gather(shared, folder, realLimit);
      log.println("bench collection: " + real.description() + "; enriching each once");
      deleteAll.run();
      Pipeline chosen = enrichment.apply(store);
      List<Enricher> steps = new ArrayList<>(chosen.steps());
      steps.add(new Copies(store, real.records(), docs));
      Pipeline pipeline = Pipeline.of(steps);
      long start = System.nanoTime();
      IndexCounters counters =
          new Indexer(store, pipeline, IndexOptions.DEFAULTS, new ConsoleIndexProgress(log))
              .index(real.files());
      // Built once, then only searched, as a served topic index is (index --merge-segments).
      log.println("bench collection: merging it into one segment ...");
      mergeSegments.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      long articles = store.count();
      String description =
          String.format(
              Locale.ROOT,
              "%s%s, enriched with %s, copied under new PMIDs to %,d articles",
              real.description(),
              realLimit > 0 ? " (an even sample of all the real abstracts, --abstracts)" : "",
              chosen,
              articles);
      log.printf(Locale.ROOT, "bench collection: %s in %.0f s%n", description, seconds);
      log.print(counters.summary());
      return new Built(articles, real.records(), description, seconds);
    } finally {
      try (var files = Files.list(folder)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(folder);
    }
  }

  /**
   * The last step of the benchmark's pipeline: stores each enriched article again under new PMIDs.
   * It sets no part, so it runs after every other step ({@link #uses}) and changes nothing the
   * indexer then stores.
   */
  static final class Copies implements Enricher {
    private final ArticleStore store;
    private final long perArticle;
    private final long extra;
    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong copied = new AtomicLong();

    Copies(ArticleStore store, int realArticles, int docs) {
      this.store = store;
      long copies = Math.max(0, docs - realArticles);
      this.perArticle = copies / Math.max(1, realArticles);
      this.extra = copies % Math.max(1, realArticles);
    }

    @Override
    public String name() {
      return "bench-copies";
    }

    @Override
    public Set<Part> uses() {
      return EnumSet.allOf(Part.class);
    }

    @Override
    public Set<Part> sets() {
      return Set.of();
    }

    @Override
    public void enrich(List<EnrichedArticle> batch) {
      List<SolrInputDocument> docs = new ArrayList<>();
      for (EnrichedArticle original : batch) {
        long n = perArticle + (seen.getAndIncrement() < extra ? 1 : 0);
        for (long i = 0; i < n; i++) {
          docs.add(
              ArticleDocuments.toSolr(
                  copy(original, String.valueOf(COPY_PMID_BASE + copied.getAndIncrement()))));
        }
      }
      if (!docs.isEmpty()) {
        store.upsert(docs);
      }
    }

    private static EnrichedArticle copy(EnrichedArticle e, String pmid) {
      Article a = e.article();
      EnrichedArticle c =
          new EnrichedArticle(
              new Article(
                  pmid,
                  a.title(),
                  a.sections(),
                  a.journal(),
                  a.journalAbbrev(),
                  a.year(),
                  a.pubDate(),
                  a.authors(),
                  a.languages(),
                  a.publicationTypes(),
                  a.keywords(),
                  a.meshHeadings(),
                  a.doi()));
      c.setMeshTreeNumbers(e.meshTreeNumbers());
      c.setSentences(e.sentences());
      c.setMentions(e.mentions());
      c.setRelations(e.relations());
      c.setSuggestedMeshUis(e.suggestedMeshUis());
      c.setVector(e.vector(), e.embeddingModel());
      return c;
    }
  }
}
