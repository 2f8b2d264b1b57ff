package org.litfacets.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litfacets.article.EntityMention;

/**
 * One page of sentence hits with facet counts over all matching sentences.
 *
 * @param partialResults Solr ran out of its time allowance: counts may be too low
 */
public record SentenceResult(
    SentenceSearchRequest request,
    long total,
    List<Hit> hits,
    List<SearchResult.Facet> facets,
    long tookMs,
    boolean partialResults) {

  /**
   * A sentence with its neighbours and its article. {@code html} is escaped, with query matches in
   * {@code <mark>}; entity offsets are relative to {@code text}.
   */
  public record Hit(
      String id,
      String pmid,
      int index,
      String text,
      String html,
      String before,
      String after,
      String role,
      List<String> kinds,
      Map<String, Float> confidence,
      List<EntityMention> entities,
      String title,
      String journal,
      Integer year) {

    /**
     * Each entity of the sentence once, in order of first mention: what the page lists under the
     * sentence.
     */
    public List<EntityMention> distinctEntities() {
      Map<String, EntityMention> first = new LinkedHashMap<>();
      entities.forEach(m -> first.putIfAbsent(m.type() + ":" + m.id(), m));
      return List.copyOf(first.values());
    }
  }

  public long pages() {
    return Math.min(SearchRequest.MAX_PAGE, (total + request.size() - 1) / request.size());
  }
}
