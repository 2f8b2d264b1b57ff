package org.litfacets.article;

import java.util.ArrayList;
import java.util.List;

/**
 * An article on its way to the index: the citation plus what the enrichers add. Each enricher fills its own part;
 * the store maps the whole to one Solr document.
 */
public final class EnrichedArticle {
  private final Article article;
  private final List<String> meshTreeNumbers = new ArrayList<>();

  public EnrichedArticle(Article article) {
    this.article = article;
  }

  public Article article() {
    return article;
  }

  /** Tree numbers of the article's MeSH headings, so that a heading query can be exploded to its descendants. */
  public List<String> meshTreeNumbers() {
    return meshTreeNumbers;
  }
}
