package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.litfacets.article.EntityType;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrLimits;
import org.litfacets.store.Clauses;
import org.litfacets.store.EntityKey;
import org.litfacets.store.EntityValues;

/**
 * The entities of a type most associated with an entity (PubTator's {@code relations?e1=&type=}):
 * those that share a sentence with it in at least {@link #MIN_ARTICLES} articles, ranked by {@link
 * Association#npmi} rather than by the raw count, with the relation types the classifier found
 * between the two.
 */
public final class RelatedEntityService {
  /** A pair seen in one article only is too often a chance co-occurrence or a recognition error. */
  public static final int MIN_ARTICLES = 2;

  public static final int MAX_LIMIT = 100;

  /** Partners read, most shared articles first, before they are ranked by association. */
  private static final int CANDIDATES = 1000;

  private final SolrConnection solr;
  private final EntityService entities;

  public RelatedEntityService(SolrConnection solr, EntityService entities) {
    this.solr = solr;
    this.entities = entities;
  }

  /**
   * @param articles articles that mention the entity
   * @param total all articles
   * @param partialResults Solr ran out of its time allowance while counting the shared articles:
   *     partners may be missing and their counts too low
   */
  public record Related(
      NamedEntity entity,
      long articles,
      EntityType type,
      long total,
      List<Partner> related,
      boolean partialResults) {}

  /**
   * @param sharedArticles articles where the two share a sentence
   * @param articles articles that mention the partner
   * @param score {@link Association#npmi}
   * @param relations articles per relation type the classifier found between the two, most first
   * @param pairSearch the pair search of the two
   */
  public record Partner(
      NamedEntity entity,
      long sharedArticles,
      long articles,
      double score,
      Map<String, Long> relations,
      String pairSearch) {}

  public Related related(EntityReference ref, EntityType type, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    NamedEntity entity = entities.resolve(ref);
    EntityKey key = entity.key();
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    q.addFilterQuery(Clauses.term(entityIds(key.type()), key.id()));
    q.setRows(0);
    q.setFacet(true);
    q.set("links", EntityValues.linksFrom(key, type));
    q.addFacetField(
        "{!key=links facet.prefix=$links facet.mincount="
            + MIN_ARTICLES
            + " facet.limit="
            + CANDIDATES
            + "}"
            + ENTITY_LINK);
    // Without a limit Solr sorts by value; the relation types of a partner are listed most articles
    // first.
    q.addFacetField(
        "{!key=relations facet.prefix=$links facet.mincount=1 facet.limit=-1 facet.sort=count}"
            + ENTITY_RELATION);
    // Every partner is mentioned in at least as many of these articles as it shares a sentence in.
    q.addFacetField(
        "{!key=names facet.mincount=" + MIN_ARTICLES + " facet.limit=-1}" + entityLabels(type));
    QueryResponse response = solr.query("find related entities", q);

    Map<EntityKey, Long> shared = new LinkedHashMap<>();
    values(response.getFacetField("links"))
        .forEach(c -> shared.put(EntityValues.linkedTo(c.getName(), key), c.getCount()));
    Map<EntityKey, Map<String, Long>> relations = new HashMap<>();
    values(response.getFacetField("relations"))
        .forEach(
            c ->
                relations
                    .computeIfAbsent(
                        EntityValues.relatedTo(c.getName(), key), k -> new LinkedHashMap<>())
                    .put(EntityValues.relationType(c.getName()), c.getCount()));
    Map<String, String> names = new HashMap<>();
    values(response.getFacetField("names"))
        .forEach(
            c -> names.put(EntityValues.labelId(c.getName()), EntityValues.labelName(c.getName())));

    List<EntityKey> counted = new ArrayList<>(shared.keySet());
    counted.add(key);
    EntityService.Counts counts = entities.articleCounts(counted);
    List<Partner> partners = new ArrayList<>();
    shared.forEach(
        (partner, together) -> {
          NamedEntity named =
              new NamedEntity(type, partner.id(), names.getOrDefault(partner.id(), partner.id()));
          partners.add(
              new Partner(
                  named,
                  together,
                  counts.of(partner),
                  Association.npmi(together, counts.of(key), counts.of(partner), counts.articles()),
                  relations.getOrDefault(partner, Map.of()),
                  PairSearchRequest.apiPath(entity, named)));
        });
    partners.sort(
        Comparator.comparingDouble(Partner::score)
            .reversed()
            .thenComparing(Comparator.comparingLong(Partner::sharedArticles).reversed())
            .thenComparing(p -> p.entity().name()));
    return new Related(
        entity,
        counts.of(key),
        type,
        counts.articles(),
        partners.stream().limit(limit).toList(),
        SolrLimits.partial(response));
  }

  private static List<FacetField.Count> values(FacetField facet) {
    return facet == null || facet.getValues() == null ? List.of() : facet.getValues();
  }
}
