package org.litfacets.enrichment;

import java.util.List;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.entity.AnalyzedText;
import org.litfacets.entity.EntityPair;
import org.litfacets.entity.EntityRecognizer;
import org.litfacets.entity.Mention;
import org.litfacets.entity.SentenceEntities;
import org.litfacets.indexing.Enricher;

/**
 * Finds disease, chemical, gene, species, variant and cell-line mentions normalised to identifiers, and the entity
 * pairs that co-occur in a sentence.
 */
public final class Entities implements Enricher {
  private final EntityRecognizer recognizer;

  public Entities(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle enriched : batch) {
      Article a = enriched.article();
      AnalyzedText analyzed = recognizer.analyze(a.title() == null ? "" : a.title(), a.abstractText());
      for (SentenceEntities sentence : analyzed.sentences()) {
        for (Mention m : sentence.mentions()) {
          if (m.id() != null) {
            enriched.mentions().add(new EntityMention(m.start(), m.end(), m.type().key(), m.id(), m.name()));
          }
        }
        sentence.pairs().stream().map(EntityPair::key).forEach(enriched.entityPairs()::add);
      }
    }
  }
}
