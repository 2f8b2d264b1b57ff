package org.litfacets.search;

import java.util.List;
import org.litfacets.article.EntityMention;

/**
 * One page of the articles that mention two entities, best first, with facet counts over all of
 * them.
 *
 * @param relation as asked: null, ANY or a relation type
 * @param partialResults Solr ran out of its time allowance and answered with what it had found: the
 *     total, the facet counts and the evidence may fall short
 */
public record PairResult(
    NamedEntity e1,
    NamedEntity e2,
    String relation,
    int page,
    int size,
    long total,
    List<Hit> hits,
    List<SearchResult.Facet> facets,
    long tookMs,
    boolean partialResults) {

  /**
   * An article with the sentences it shares between the two entities.
   *
   * @param sharedSentences how many of its sentences mention both
   * @param evidence the best of them by the weights that ranked the article, then in text order
   * @param relations the relation types the classifier found between the two in this article
   */
  public record Hit(
      String pmid,
      String title,
      String journal,
      Integer year,
      long sharedSentences,
      List<Evidence> evidence,
      List<String> relations) {}

  /**
   * A sentence that mentions both entities.
   *
   * @param section "title" or "abstract"
   * @param role its rhetorical role, null when unknown (always in the title)
   * @param entities the two entities' mentions, offsets relative to {@code text}
   */
  public record Evidence(
      int index, String section, String role, String text, List<EntityMention> entities) {}
}
