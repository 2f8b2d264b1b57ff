package org.litfacets.article;

import java.util.List;

/**
 * An indexed article as the article page shows it: the citation with its sentences, entity
 * mentions, the relations between its entities and, for an article NLM has not indexed, the MeSH
 * descriptor UIs litfacets suggests.
 */
public record AnnotatedArticle(
    Article article,
    List<Sentence> sentences,
    List<EntityMention> mentions,
    List<EntityRelation> relations,
    List<String> suggestedMeshUis) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    relations = List.copyOf(relations);
    suggestedMeshUis = List.copyOf(suggestedMeshUis);
  }
}
