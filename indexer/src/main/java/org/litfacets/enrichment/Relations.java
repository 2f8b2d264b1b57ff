package org.litfacets.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityRelation;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;
import org.litfacets.relation.Relation;
import org.litfacets.relation.RelationExtractor;
import org.litfacets.sentence.Span;

/**
 * The relation an article states between two of its entities, typed as BioRED types them
 * (Association, Positive_Correlation, ...), from the article's sentences and normalised mentions.
 */
public final class Relations implements Enricher {
  private final RelationExtractor extractor;

  public Relations(RelationExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "relations";
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.SENTENCES, Part.ENTITIES);
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.RELATIONS);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle enriched : batch) {
      List<Span> sentences =
          enriched.sentences().stream().map(s -> new Span(s.start(), s.end())).toList();
      List<EntityRelation> relations = new ArrayList<>();
      for (Relation r :
          extractor.extract(enriched.article().analysisText(), sentences, enriched.mentions())) {
        relations.add(
            new EntityRelation(
                r.pair().type1(),
                r.pair().id1(),
                r.pair().type2(),
                r.pair().id2(),
                r.type().corpusName(),
                (float) r.probability()));
      }
      enriched.setRelations(relations);
    }
  }
}
