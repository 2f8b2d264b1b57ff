package org.litfacets.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.embedding.Embedder;
import org.litfacets.enrichment.EnrichmentSteps;
import org.litfacets.entity.NerBenchmark;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.pubtator.PubtatorDocument;

/**
 * The mentions the index stores for an annotated abstract: the indexer's own sentence and entity
 * steps run on it, so that {@code bench ner} scores what users get rather than what the recogniser
 * finds before the entity step keeps only the mentions it can normalise.
 */
final class IndexedMentions implements NerBenchmark.Recogniser {
  private final Pipeline pipeline;

  private IndexedMentions(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The entity step as {@code index --enrich entities} builds it. */
  static IndexedMentions build(
      Path sharedData,
      Path models,
      Optional<MeshVocabulary> mesh,
      boolean dictionaryOnly,
      Consumer<String> say) {
    return new IndexedMentions(
        EnrichmentSteps.pipeline(
            Set.of(EnrichmentSteps.Step.ENTITIES),
            // neither the store nor the embedder is read by the entity step
            new EnrichmentSteps.Resources(
                sharedData,
                models,
                mesh,
                null,
                Embedder::withDefaultModel,
                Embedder::withDefaultModel,
                dictionaryOnly),
            say));
  }

  /** The steps that find the mentions: the ones {@code index --enrich entities} runs. */
  Pipeline pipeline() {
    return pipeline;
  }

  @Override
  public List<EntityMention> mentions(PubtatorDocument document) {
    EnrichedArticle enriched = new EnrichedArticle(article(document));
    IndexCounters counters = new IndexCounters();
    List<EnrichedArticle> done = pipeline.enrich(List.of(enriched), counters);
    if (done.isEmpty()) {
      throw new IllegalStateException(
          "the entity step failed on PMID " + document.pmid() + ": " + counters);
    }
    return done.get(0).mentions();
  }

  /** An annotated abstract as the PubMed reader gives it: a title and one unlabelled part. */
  static Article article(PubtatorDocument d) {
    return Article.ofText(
        d.pmid(), d.title(), List.of(new AbstractSection(null, null, d.abstractText())));
  }
}
