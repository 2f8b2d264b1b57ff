package org.litfacets.search;

import org.apache.solr.client.solrj.SolrQuery;

/**
 * Highlighted matches, the same way for articles and sentences: escaped HTML with {@code <mark>}
 * around matches.
 */
final class Highlighting {
  private Highlighting() {}

  /**
   * @param fragmentChars the length of a snippet; 0 highlights the whole field
   * @param fields comma-separated fields to highlight
   */
  static void apply(SolrQuery q, int fragmentChars, String fields) {
    q.setHighlight(true);
    q.set("hl.method", "unified");
    q.set("hl.fl", fields);
    q.set("hl.snippets", 1);
    q.set("hl.fragsize", fragmentChars);
    q.set("hl.encoder", "html");
    q.set("hl.tag.pre", "<mark>");
    q.set("hl.tag.post", "</mark>");
    // The query names fields (title^3, mesh_text...) that are not the ones shown; a word matched
    // anywhere is marked.
    q.set("hl.requireFieldMatch", false);
  }
}
