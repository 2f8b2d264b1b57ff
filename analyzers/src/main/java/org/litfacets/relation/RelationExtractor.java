package org.litfacets.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.litfacets.article.EntityMention;
import org.litfacets.article.RelationType;
import org.litfacets.sentence.Span;

/**
 * Finds the relations an abstract states between its entities: every candidate pair ({@link
 * RelationFeatures}) gets the probability of each relation type and of none under the {@link
 * RelationModel}. Thread-safe.
 */
public final class RelationExtractor {

  /*
   * A pair is related when the types together outweigh this, and it then takes the most probable type. Below one
   * half because F1 rewards recall: the F1-optimal threshold of a calibrated classifier is half its best F1
   * (Lipton et al. 2014); 0.35 was best for pair and type F1 in 4-fold cross-validation on BioRED's training split
   * (pair F1 0.705 at 0.5, 0.726 at 0.35).
   */
  private static final double MIN_RELATED = 0.35;

  private final RelationModel model;

  public RelationExtractor(RelationModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * The related pairs of an abstract, in candidate order.
   *
   * @param text title + " " + abstract, which every offset indexes
   * @param sentences the sentences in text order, the title first
   * @param mentions the entity mentions with their identifiers (gold ones or the recogniser's)
   */
  public List<Relation> extract(String text, List<Span> sentences, List<EntityMention> mentions) {
    List<Relation> relations = new ArrayList<>();
    for (RelationFeatures.Candidate c : RelationFeatures.of(text, sentences, mentions)) {
      double[] p = model.probabilities(c.features());
      RelationType best = null;
      double bestP = 0;
      double related = 0;
      for (int i = 0; i < p.length; i++) {
        Optional<RelationType> type = RelationType.ofCorpusName(model.outcome(i));
        if (type.isPresent()) {
          related += p[i];
          if (p[i] > bestP) {
            best = type.get();
            bestP = p[i];
          }
        }
      }
      if (related > MIN_RELATED) {
        relations.add(new Relation(c.pair(), best, bestP));
      }
    }
    return relations;
  }
}
