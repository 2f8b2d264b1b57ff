package org.litfacets.article;

import java.util.List;

/** An indexed article as the article page shows it: the citation with its sentences and entity mentions. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> mentions) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
