package org.litfacets.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.litfacets.article.EntityMention;
import org.litfacets.article.RelationType;
import org.litfacets.sentence.Span;

/**
 * Finds the relations an abstract states between its entities: every candidate pair ({@link
 * RelationFeatures}) gets the probability of each outcome under the {@link RelationModel}; those of
 * the chosen {@link Guideline} and "none" are weighed against each other. Thread-safe.
 */
public final class RelationExtractor {

  private final RelationModel model;
  private final Guideline guideline;
  private final Hierarchy hierarchy;

  /**
   * An extractor that reads relations as {@code guideline} defines them, knowing which entities are
   * narrower than which by {@code hierarchy} (the one the model was trained with).
   */
  public RelationExtractor(RelationModel model, Guideline guideline, Hierarchy hierarchy) {
    this.model = Objects.requireNonNull(model, "model");
    this.guideline = Objects.requireNonNull(guideline, "guideline");
    this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
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
    for (RelationFeatures.Candidate c :
        RelationFeatures.of(text, sentences, mentions, guideline, hierarchy)) {
      double[] p = model.probabilities(c.features());
      RelationType best = null;
      double bestP = 0;
      double related = 0;
      double none = 0;
      for (int i = 0; i < p.length; i++) {
        String outcome = model.outcome(i);
        RelationType type = guideline.typeOf(outcome);
        if (type != null) {
          related += p[i];
          if (p[i] > bestP) {
            best = type;
            bestP = p[i];
          }
        } else if (outcome.equals(RelationModel.NONE)) {
          none = p[i];
        }
      }
      // the other guideline's outcomes are left out: read as this one, a pair is related or not
      double total = related + none;
      if (total > 0 && related / total > guideline.minRelated()) {
        relations.add(new Relation(c.pair(), best, bestP / total));
      }
    }
    return relations;
  }
}
