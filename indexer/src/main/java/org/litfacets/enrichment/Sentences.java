package org.litfacets.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Sentence;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;
import org.litfacets.sentence.SentenceSplitter;
import org.litfacets.sentence.Span;

/**
 * Splits title and abstract into sentences (the title is always one sentence of its own, or more).
 */
public final class Sentences implements Enricher {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.SENTENCES);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle enriched : batch) {
      Article a = enriched.article();
      List<Sentence> sentences = new ArrayList<>();
      for (Span span : splitter.split(a)) {
        sentences.add(new Sentence(span.start(), span.end()));
      }
      enriched.setSentences(sentences);
    }
  }
}
