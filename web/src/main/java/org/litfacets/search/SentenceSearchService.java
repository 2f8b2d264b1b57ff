package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrLimits;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.Clauses;

/**
 * Search inside the sentences of the indexed abstracts (the sentence documents nested under each
 * article).
 */
public final class SentenceSearchService {
  private static final List<FilterField> ENTITY_FACETS =
      Arrays.stream(FilterField.values()).filter(FilterField::isEntity).toList();
  private final SolrConnection solr;
  private final QueryReader reader;
  private final BooleanQueries translator;

  /**
   * @param mesh the vocabulary headings in queries are looked up in (they filter sentences by their
   *     articles)
   */
  public SentenceSearchService(SolrConnection solr, Optional<MeshVocabulary> mesh) {
    this.solr = solr;
    this.reader = new QueryReader(mesh, Optional.of(new EntityService(solr)));
    this.translator = new BooleanQueries(mesh);
  }

  /**
   * @throws QueryException when the query cannot be searched, saying where and why
   */
  public SentenceResult search(SentenceSearchRequest request) {
    SolrQuery q = new SolrQuery();
    if (request.query().isEmpty()) {
      q.setQuery("*:*");
    } else {
      // The same language as the article search box: text fields are the sentence's text, other
      // fields the article's.
      translator
          .translate(reader.query(request.query()), BooleanQueries.Target.SENTENCES)
          .applyTo(q);
      // A fragment size of 0 highlights the whole sentence.
      Highlighting.apply(q, 0, SENTENCE_TEXT);
    }
    q.addFilterQuery(DOC_TYPE + ":" + SENTENCE_TYPE);
    if (!request.kinds().isEmpty()) {
      q.addFilterQuery("{!tag=kind}" + Clauses.anyTerm(SENTENCE_LABEL, request.kinds()));
    }
    if (!request.roles().isEmpty()) {
      q.addFilterQuery("{!tag=role}" + Clauses.anyTerm(SENTENCE_ROLE, request.roles()));
    }
    if (!request.years().isEmpty()) {
      q.addFilterQuery("{!tag=year}" + Clauses.anyTerm(YEAR, request.years()));
    }
    request.entities().forEach(entity -> q.addFilterQuery(entity.clause()));
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.addFacetField(
        "{!ex=kind key=kind}" + SENTENCE_LABEL,
        "{!ex=role key=role}" + SENTENCE_ROLE,
        "{!ex=year key=year}" + YEAR);
    ENTITY_FACETS.forEach(f -> q.addFacetField("{!key=" + f.apiName() + "}" + f.solrField()));
    q.setFacetLimit(10);
    q.setFields(
        ID,
        PMID,
        SENTENCE_INDEX,
        SENTENCE_TEXT,
        SENTENCE_ROLE,
        SENTENCE_LABEL,
        CONTEXT_BEFORE,
        CONTEXT_AFTER,
        MENTION_STORED,
        ARTICLE_TITLE,
        ARTICLE_JOURNAL,
        YEAR);
    for (ChallengeLabel label : ChallengeLabel.values()) {
      q.addField(sentenceConfidence(label));
    }
    if (request.query().isEmpty()) {
      if (!request.kinds().isEmpty()) {
        q.addSort(confidenceOf(request.kinds()), SolrQuery.ORDER.desc);
      }
      q.addSort(YEAR, SolrQuery.ORDER.desc);
    } else {
      q.addSort("score", SolrQuery.ORDER.desc);
    }
    q.addSort(ID, SolrQuery.ORDER.asc);
    q.setStart((request.page() - 1) * request.size());
    q.setRows(request.size());

    QueryResponse response = solr.query("search sentences", q);
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    List<SentenceResult.Hit> hits = new ArrayList<>();
    for (SolrDocument d : response.getResults()) {
      String id = (String) d.getFirstValue(ID);
      String text = (String) d.getFirstValue(SENTENCE_TEXT);
      List<String> hl =
          highlights == null ? null : highlights.getOrDefault(id, Map.of()).get(SENTENCE_TEXT);
      Object year = d.getFirstValue(YEAR);
      hits.add(
          new SentenceResult.Hit(
              id,
              (String) d.getFirstValue(PMID),
              ((Number) d.getFirstValue(SENTENCE_INDEX)).intValue(),
              text,
              hl == null || hl.isEmpty() ? Html.escape(text) : hl.get(0),
              first(d, CONTEXT_BEFORE),
              first(d, CONTEXT_AFTER),
              (String) d.getFirstValue(SENTENCE_ROLE),
              ArticleDocuments.strings(d, SENTENCE_LABEL),
              confidence(d),
              ArticleDocuments.mentions(d),
              first(d, ARTICLE_TITLE),
              first(d, ARTICLE_JOURNAL),
              year == null ? null : ((Number) year).intValue()));
    }
    List<SearchResult.Facet> facets = new ArrayList<>();
    facets.add(facet("kind", "Kind", response.getFacetField("kind"), request.kinds()));
    facets.add(facet("role", "Role", response.getFacetField("role"), request.roles()));
    facets.add(facet("year", "Year", response.getFacetField("year"), request.years()));
    for (FilterField f : ENTITY_FACETS) {
      List<String> selected =
          request.entities().stream().filter(e -> e.field() == f).map(Filter::value).toList();
      facets.add(facet(f.apiName(), f.label(), response.getFacetField(f.apiName()), selected));
    }
    return new SentenceResult(
        request,
        response.getResults().getNumFound(),
        hits,
        facets,
        response.getQTime(),
        SolrLimits.partial(response));
  }

  private static SearchResult.Facet facet(
      String name, String label, FacetField field, List<String> selected) {
    List<SearchResult.FacetValue> values = new ArrayList<>();
    if (field != null && field.getValues() != null) {
      FilterField filterField = FilterField.byApiName(name).orElse(FilterField.YEAR);
      field
          .getValues()
          .forEach(
              c ->
                  values.add(
                      new SearchResult.FacetValue(
                          c.getName(),
                          Filter.displayOf(filterField, c.getName()),
                          c.getCount(),
                          selected.contains(c.getName()))));
    }
    return new SearchResult.Facet(name, label, values);
  }

  private static String first(SolrDocument d, String field) {
    List<String> values = ArticleDocuments.strings(d, field);
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * Without a query, the sentences the classifier is surest of come first: sorted by the
   * probability of the asked-for kind, or the larger of the two when both are asked for.
   */
  private static String confidenceOf(List<String> kinds) {
    List<String> fields =
        kinds.stream()
            .sorted()
            .map(k -> "def(" + sentenceConfidence(ChallengeLabel.ofKey(k).orElseThrow()) + ",0)")
            .toList();
    return fields.size() == 1 ? fields.get(0) : "max(" + String.join(",", fields) + ")";
  }

  private static Map<String, Float> confidence(SolrDocument d) {
    Map<String, Float> confidence = new TreeMap<>();
    for (ChallengeLabel label : ChallengeLabel.values()) {
      Object p = d.getFirstValue(sentenceConfidence(label));
      if (p instanceof Number n) {
        confidence.put(label.key(), n.floatValue());
      }
    }
    return confidence;
  }
}
