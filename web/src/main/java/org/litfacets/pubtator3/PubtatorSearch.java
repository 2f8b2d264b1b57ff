package org.litfacets.pubtator3;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.litfacets.article.EntityMention;
import org.litfacets.search.EntityReference;
import org.litfacets.search.EntityService;
import org.litfacets.search.PairResult;
import org.litfacets.search.PairSearchRequest;
import org.litfacets.search.PairSearchService;
import org.litfacets.search.Params;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SearchResult;
import org.litfacets.search.SearchService;
import org.litfacets.search.SortOrder;

/**
 * PubTator 3.0's search, {@code search/?text=&page=}, answered by litfacets' services: {@code
 * relations:TYPE|@A|@B} by pair search, {@code @TYPE_name} references by the article search
 * filtered to their entities, and the other words by the article search's text query. It reads the
 * request and chooses the service; the services build the queries.
 */
public final class PubtatorSearch {
  /** Hits per page, as PubTator pages its search. */
  public static final int PAGE_SIZE = 10;

  private static final String RELATIONS = "relations:";
  private final SearchService articles;
  private final EntityService entities;
  private final PairSearchService pairs;

  public PubtatorSearch(SearchService articles, EntityService entities, PairSearchService pairs) {
    this.articles = articles;
    this.entities = entities;
    this.pairs = pairs;
  }

  /**
   * A hit as PubTator lists it.
   *
   * @param authors null when the service that found the article does not list them (pair search)
   * @param textHl the text that matched, matches marked {@code <m>...</m>}: the snippet of an
   *     article search, the best sentence that mentions both entities of a pair search; null when
   *     there is none
   */
  public record Hit(
      String pmid,
      String title,
      String journal,
      Integer year,
      List<String> authors,
      String textHl) {}

  /**
   * @param facets the facets of all hits: field, then value, then articles
   */
  public record Page(
      List<Hit> hits, long count, int current, Map<String, Map<String, Long>> facets) {
    public long totalPages() {
      return Math.min(SearchRequest.MAX_PAGE, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    }
  }

  public Page search(String text, String page) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "text is required: free text, an entity such as @CHEMICAL_Doxorubicin, or "
              + "relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity");
    }
    int current = Params.integer("page", page, 1);
    String v = text.strip();
    return EntityReference.isRelation(v) ? pairSearch(v, current) : articleSearch(v, current);
  }

  private Page pairSearch(String text, int current) {
    PairResult result = pairs.search(pairRequest(text, current));
    List<Hit> hits =
        result.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.pmid(),
                        h.title(),
                        h.journal(),
                        h.year(),
                        null,
                        h.evidence().isEmpty() ? null : marked(h.evidence().get(0))))
            .toList();
    return new Page(hits, result.total(), current, facets(result.facets()));
  }

  /**
   * {@code relations:TYPE|@A|@B} with TYPE ANY, one of BioRED's types or one of PubTator's names,
   * which stand for a BioRED type given the two entities' types ("treat" between a chemical and a
   * disease is Negative_Correlation).
   */
  static PairSearchRequest pairRequest(String text, int page) {
    int bar = text.indexOf('|');
    String type = bar < 0 ? "" : text.substring(RELATIONS.length(), bar).strip();
    if (!RelationTypes.isName(type)) {
      EntityReference.Relation r = EntityReference.parseRelation("text", text);
      return new PairSearchRequest(
          r.first(), r.second(), r.relationType(), List.of(), page, PAGE_SIZE);
    }
    EntityReference.Relation r =
        EntityReference.parseRelation(
            "text", RELATIONS + EntityReference.ANY_RELATION + text.substring(bar));
    String relation =
        RelationTypes.bioredType(type, r.first().type(), r.second().type())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "text: PubTator's relation type '"
                            + type
                            + "' does not relate a "
                            + r.first().type().key()
                            + " and a "
                            + r.second().type().key()));
    return new PairSearchRequest(r.first(), r.second(), relation, List.of(), page, PAGE_SIZE);
  }

  /**
   * References, words and PubTator's ANDs are one query of litfacets' own language, read by its one
   * parser: a reference is an entity clause there, and words beside it are ANDed, as PubTator does.
   */
  private Page articleSearch(String query, int current) {
    SearchResult result =
        articles.search(
            new SearchRequest(query, List.of(), current, PAGE_SIZE, SortOrder.RELEVANCE));
    List<Hit> hits =
        result.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.pmid(),
                        h.title(),
                        h.journal(),
                        h.year(),
                        h.authors(),
                        fromHtml(h.snippetHtml())))
            .toList();
    return new Page(hits, result.total(), current, facets(result.facets()));
  }

  /** A sentence with the pair's mentions marked as PubTator marks matches. */
  static String marked(PairResult.Evidence sentence) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (EntityMention m :
        sentence.entities().stream()
            .sorted(Comparator.comparingInt(EntityMention::start))
            .toList()) {
      if (m.start() >= at) {
        out.append(sentence.text(), at, m.start())
            .append("<m>")
            .append(sentence.text(), m.start(), m.end())
            .append("</m>");
        at = m.end();
      }
    }
    return out.append(sentence.text().substring(at)).toString();
  }

  /**
   * An escaped snippet with {@code <mark>}ed matches as PubTator's plain text with {@code <m>}ed
   * matches.
   */
  static String fromHtml(String html) {
    return html.replace("<mark>", "<m>")
        .replace("</mark>", "</m>")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static Map<String, Map<String, Long>> facets(List<SearchResult.Facet> facets) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (SearchResult.Facet f : facets) {
      out.put(
          f.field(),
          f.values().stream()
              .collect(
                  Collectors.toMap(
                      SearchResult.FacetValue::value,
                      SearchResult.FacetValue::count,
                      (a, b) -> a,
                      LinkedHashMap::new)));
    }
    return out;
  }
}
