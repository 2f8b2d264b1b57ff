package org.litfacets.search;

import org.apache.solr.client.solrj.SolrQuery;

/** How a user's free text becomes the main query of a search, the same way for articles and sentences. */
final class UserQuery {
  private UserQuery() {}

  /**
   * Matches all documents when {@code text} is empty; otherwise parses it with edismax over {@code queryFields}
   * (terms ANDed, field names limited to {@code userFields}) and highlights {@code highlightFields} with
   * {@code <mark>} in escaped HTML. The text travels in its own parameter, so "{!...}" in it is never read as local
   * params.
   */
  static void apply(SolrQuery q, String text, String queryFields, String userFields, int fragmentChars,
      String highlightFields) {
    if (text.isEmpty()) {
      q.setQuery("*:*");
      return;
    }
    q.setQuery("{!edismax v=$uq}");
    q.set("uq", text);
    q.set("qf", queryFields);
    q.set("uf", userFields);
    q.set("q.op", "AND");
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", highlightFields);
    q.set("hl.snippets", 1);
    q.set("hl.fragsize", fragmentChars);
    q.set("hl.encoder", "html");
    q.set("hl.tag.pre", "<mark>");
    q.set("hl.tag.post", "</mark>");
    q.set("hl.requireFieldMatch", false);
  }
}
