package org.litfacets.enrichment;

import java.util.List;
import java.util.Set;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.embedding.Embedder;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;

/** Embeds title + abstract into the article's dense vector, recording the model that made it. */
public final class Vectors implements Enricher {
  private final Embedder embedder;

  public Vectors(Embedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public String name() {
    return "vectors";
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.VECTOR);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    List<float[]> vectors =
        embedder.embed(batch.stream().map(e -> e.article().analysisText()).toList());
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).setVector(vectors.get(i), embedder.modelName());
    }
  }
}
