package org.litfacets.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.litfacets.article.EntityMention;
import org.litfacets.search.Html;
import org.litfacets.search.PairResult;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchResult;

/**
 * The pair search page's view of a result: the relation facet first (what pair search is for), and
 * each hit's evidence sentences as HTML with the two entities marked in their type's colour.
 */
public record PairView(List<SearchResult.Facet> facets, List<Hit> hits, long pages) {
  private static final String RELATION_FACET = "relation";

  /**
   * @param more shared sentences of the article beyond those shown
   */
  public record Hit(PairResult.Hit hit, List<Evidence> evidence, long more) {}

  /**
   * A shared sentence.
   *
   * @param badge where it stands: TITLE, or its rhetorical role; null for an abstract sentence of
   *     unknown role
   * @param badgeClass the CSS class of the badge (role colours as on the article page)
   */
  public record Evidence(String badge, String badgeClass, String html) {}

  /** True when a relation type or a facet filter narrows the articles. */
  public boolean narrowed() {
    return facets.stream()
        .anyMatch(f -> f.values().stream().anyMatch(SearchResult.FacetValue::selected));
  }

  static PairView of(PairResult result) {
    List<SearchResult.Facet> facets = new ArrayList<>(result.facets());
    facets.sort(Comparator.comparing(f -> !f.field().equals(RELATION_FACET)));
    List<Hit> hits = new ArrayList<>();
    for (PairResult.Hit h : result.hits()) {
      List<Evidence> evidence = h.evidence().stream().map(PairView::evidence).toList();
      hits.add(new Hit(h, evidence, Math.max(0, h.sharedSentences() - evidence.size())));
    }
    long pages =
        Math.min(SearchRequest.MAX_PAGE, (result.total() + result.size() - 1) / result.size());
    return new PairView(facets, hits, pages);
  }

  private static Evidence evidence(PairResult.Evidence e) {
    if ("title".equals(e.section())) {
      return new Evidence("TITLE", "section-title", html(e.text(), e.entities()));
    }
    return new Evidence(
        e.role(),
        e.role() == null ? null : "role-" + e.role().toLowerCase(Locale.ROOT),
        html(e.text(), e.entities()));
  }

  /**
   * The sentence escaped, each mention (offsets in the sentence) a mark of its type; overlapping
   * ones are skipped.
   */
  static String html(String text, List<EntityMention> mentions) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (EntityMention m :
        mentions.stream().sorted(Comparator.comparingInt(EntityMention::start)).toList()) {
      if (m.start() < pos || m.end() > text.length()) {
        continue;
      }
      out.append(Html.escape(text.substring(pos, m.start())));
      String name = m.name() == null ? "" : m.name() + " ";
      out.append("<mark class=\"entity entity-")
          .append(m.type().key())
          .append("\" data-id=\"")
          .append(Html.escape(m.id()))
          .append("\" title=\"")
          .append(Html.escape(m.type().label() + ": " + name + "(" + m.id() + ")"))
          .append("\">")
          .append(Html.escape(text.substring(m.start(), m.end())))
          .append("</mark>");
      pos = m.end();
    }
    out.append(Html.escape(text.substring(pos)));
    return out.toString();
  }
}
