package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.GroupParams;
import org.litfacets.article.Role;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrLimits;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.Clauses;
import org.litfacets.store.EntityKey;
import org.litfacets.store.EntityValues;

/**
 * The articles that mention two entities, ranked in Solr as PubTator ranks them: first the articles
 * where the two share a sentence, by the sum of their shared sentences' weights, then those where
 * they only co-occur in the abstract; newest first among equals. A shared sentence weighs {@value
 * #SENTENCE_WEIGHT}, or {@value #FINDING_WEIGHT} in RESULTS or CONCLUSIONS (a finding stated
 * outweighs two mentions in METHODS), or {@value #TITLE_WEIGHT} in the title (what the article is
 * about). Each hit comes with its best shared sentences, for the page's hits in one more request.
 */
public final class PairSearchService {
  private static final int SENTENCE_WEIGHT = 1;
  private static final int FINDING_WEIGHT = 3;
  private static final int TITLE_WEIGHT = 4;

  /**
   * The score of an article where the two only co-occur: below any article where they share a
   * sentence.
   */
  private static final String COOCCURRENCE = "0.5";

  private static final List<String> FINDING_ROLES =
      List.of(Role.RESULTS.name(), Role.CONCLUSIONS.name());
  private static final int EVIDENCE = 3;
  private static final List<FilterField> FACETS = List.of(FilterField.YEAR, FilterField.JOURNAL);
  private static final String RELATION_FACET = "relation";

  private final SolrConnection solr;
  private final EntityService entities;

  public PairSearchService(SolrConnection solr, EntityService entities) {
    this.solr = solr;
    this.entities = entities;
  }

  public PairResult search(PairSearchRequest request) {
    NamedEntity e1 = entities.resolve(request.first());
    NamedEntity e2 = entities.resolve(request.second());
    if (e1.key().equals(e2.key())) {
      throw new IllegalArgumentException(
          "e1 and e2 are the same entity, " + e1.describe() + ": a pair needs two");
    }
    EntityKey first = e1.key();
    EntityKey second = e2.key();
    String sharedSentences = sharedSentences(first, second);
    String between = EntityValues.relationsBetween(first, second);

    SolrQuery q = new SolrQuery("{!bool should=$shared should=$cooccurring}");
    q.set(
        "shared", "{!parent which=" + DOC_TYPE + ":" + ARTICLE_TYPE + " score=total v=$sentences}");
    q.set("sentences", sharedSentences);
    q.set("cooccurring", "*:*^=" + COOCCURRENCE);
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    q.addFilterQuery(mentions(first));
    q.addFilterQuery(mentions(second));
    if (EntityReference.ANY_RELATION.equals(request.relation())) {
      q.addFilterQuery("{!tag=" + RELATION_FACET + "}" + Clauses.prefix(ENTITY_RELATION, between));
    } else if (request.relation() != null) {
      q.addFilterQuery(
          "{!tag="
              + RELATION_FACET
              + "}"
              + Clauses.term(
                  ENTITY_RELATION, EntityValues.relation(first, second, request.relation())));
    }
    for (FilterField field : FilterField.values()) {
      Facets.filter(q, field, request.filters());
    }
    q.setFacet(true);
    q.setFacetMinCount(1);
    FACETS.forEach(field -> Facets.count(q, field));
    q.set("between", between);
    q.addFacetField(
        "{!ex="
            + RELATION_FACET
            + " key="
            + RELATION_FACET
            + " facet.prefix=$between}"
            + ENTITY_RELATION);
    q.setFields(PMID, TITLE, JOURNAL, YEAR, ENTITY_RELATION);
    q.addSort("score", SolrQuery.ORDER.desc)
        .addSort(YEAR, SolrQuery.ORDER.desc)
        .addSort(PMID, SolrQuery.ORDER.desc);
    q.setStart((request.page() - 1) * request.size());
    q.setRows(request.size());
    QueryResponse response = solr.query("search entity pairs", q);

    List<String> pmids =
        response.getResults().stream().map(d -> (String) d.getFirstValue(PMID)).toList();
    Evidence evidence = evidence(sharedSentences, pmids);
    Set<EntityKey> pair = Set.of(first, second);
    List<PairResult.Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      hits.add(hit(doc, evidence.byArticle().get((String) doc.getFirstValue(PMID)), pair, between));
    }
    List<SearchResult.Facet> facets = new ArrayList<>();
    FACETS.forEach(
        field ->
            facets.add(
                Facets.of(field, response.getFacetField(field.apiName()), request.filters())));
    facets.add(relationFacet(response.getFacetField(RELATION_FACET), request.relation()));
    return new PairResult(
        e1,
        e2,
        request.relation(),
        request.page(),
        request.size(),
        response.getResults().getNumFound(),
        hits,
        facets,
        response.getQTime() + evidence.tookMs(),
        SolrLimits.partial(response) || evidence.partial());
  }

  /**
   * The sentence documents that mention both entities, each scoring the weight of where it stands.
   */
  private static String sharedSentences(EntityKey first, EntityKey second) {
    return "+(+"
        + DOC_TYPE
        + ":"
        + SENTENCE_TYPE
        + " +"
        + mentions(first)
        + " +"
        + mentions(second)
        + ")^="
        + SENTENCE_WEIGHT
        + " ("
        + Clauses.term(SENTENCE_SECTION, SECTION_TITLE)
        + ")^="
        + (TITLE_WEIGHT - SENTENCE_WEIGHT)
        + " ("
        + Clauses.anyTerm(SENTENCE_ROLE, FINDING_ROLES)
        + ")^="
        + (FINDING_WEIGHT - SENTENCE_WEIGHT);
  }

  private static String mentions(EntityKey entity) {
    return Clauses.term(entityIds(entity.type()), entity.id());
  }

  /** The shared sentences of each article of a page: the best few, and how many there are. */
  private record Evidence(Map<String, SolrDocumentList> byArticle, long tookMs, boolean partial) {}

  /**
   * The best {@value #EVIDENCE} shared sentences of each article, by the weights that ranked it, in
   * one request grouped by article (each group also counts them all). The child document
   * transformer cannot serve here: the sentences are anonymous children, which a schema with
   * _nest_path_ does not attach to their article.
   */
  private Evidence evidence(String sharedSentences, List<String> pmids) {
    if (pmids.isEmpty()) {
      return new Evidence(Map.of(), 0, false);
    }
    SolrQuery q = new SolrQuery(sharedSentences);
    q.addFilterQuery(Clauses.anyTerm(PMID, pmids));
    q.set(GroupParams.GROUP, true);
    q.set(GroupParams.GROUP_FIELD, PMID);
    q.set(GroupParams.GROUP_LIMIT, EVIDENCE);
    q.set(GroupParams.GROUP_SORT, "score desc," + SENTENCE_INDEX + " asc");
    q.setRows(pmids.size());
    q.setFields(SENTENCE_INDEX, SENTENCE_SECTION, SENTENCE_ROLE, SENTENCE_TEXT, MENTION_STORED);
    QueryResponse response = solr.query("read shared sentences", q);
    Map<String, SolrDocumentList> byArticle = new HashMap<>();
    for (GroupCommand command : response.getGroupResponse().getValues()) {
      command.getValues().forEach(g -> byArticle.put(g.getGroupValue(), g.getResult()));
    }
    return new Evidence(byArticle, response.getQTime(), SolrLimits.partial(response));
  }

  /**
   * @param shared the article's best shared sentences (numFound counts them all); null when there
   *     are none
   */
  private static PairResult.Hit hit(
      SolrDocument doc, SolrDocumentList shared, Set<EntityKey> pair, String between) {
    List<PairResult.Evidence> evidence = new ArrayList<>();
    for (SolrDocument sentence : shared == null ? List.<SolrDocument>of() : shared) {
      evidence.add(
          new PairResult.Evidence(
              ((Number) sentence.getFirstValue(SENTENCE_INDEX)).intValue(),
              (String) sentence.getFirstValue(SENTENCE_SECTION),
              (String) sentence.getFirstValue(SENTENCE_ROLE),
              (String) sentence.getFirstValue(SENTENCE_TEXT),
              ArticleDocuments.mentions(sentence).stream()
                  .filter(m -> pair.contains(new EntityKey(m.type(), m.id())))
                  .toList()));
    }
    List<String> relations =
        ArticleDocuments.strings(doc, ENTITY_RELATION).stream()
            .filter(r -> r.startsWith(between))
            .map(EntityValues::relationType)
            .toList();
    Object year = doc.getFirstValue(YEAR);
    return new PairResult.Hit(
        (String) doc.getFirstValue(PMID),
        (String) doc.getFirstValue(TITLE),
        (String) doc.getFirstValue(JOURNAL),
        year == null ? null : ((Number) year).intValue(),
        shared == null ? 0 : shared.getNumFound(),
        evidence,
        relations);
  }

  /**
   * The relation types found between the two, with their articles; the one asked for always shows.
   */
  private static SearchResult.Facet relationFacet(FacetField facet, String selected) {
    List<SearchResult.FacetValue> values = new ArrayList<>();
    if (facet != null && facet.getValues() != null) {
      facet
          .getValues()
          .forEach(
              c -> {
                String type = EntityValues.relationType(c.getName());
                values.add(
                    new SearchResult.FacetValue(
                        type, type.replace('_', ' '), c.getCount(), type.equals(selected)));
              });
    }
    if (selected != null
        && !EntityReference.ANY_RELATION.equals(selected)
        && values.stream().noneMatch(v -> v.value().equals(selected))) {
      values.add(new SearchResult.FacetValue(selected, selected.replace('_', ' '), 0, true));
    }
    return new SearchResult.Facet(RELATION_FACET, "Relation", values);
  }
}
