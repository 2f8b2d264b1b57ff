package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.query.EditDistance;
import org.litfacets.solr.SolrConnection;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.Clauses;
import org.litfacets.store.EntityKey;
import org.litfacets.store.EntityValues;

/**
 * Entities by name: autocomplete over the names and surface forms seen in the indexed articles,
 * resolving the entities a request names ({@link EntityReference}), and counting the articles that
 * mention entities. Names are looked up by prefix facets on {@link
 * org.litfacets.store.ArticleFields#ENTITY_NAME}, so one request answers for every type.
 */
public final class EntityService {
  public static final int MAX_LIMIT = 50;

  /**
   * Longer names than any entity has; a prefix of a thousand characters is more than Lucene's
   * prefix automaton holds (Solr answers 500).
   */
  static final int MAX_PREFIX_CHARS = 500;

  /** Name values read per type before keeping one row per identifier. */
  private static final int CANDIDATES = 200;

  /** Names read to find the closest ones to an unknown name. */
  private static final int NEAR_CANDIDATES = 1000;

  private static final int SUGGESTIONS = 3;
  private final SolrConnection solr;

  public EntityService(SolrConnection solr) {
    this.solr = solr;
  }

  /**
   * An autocomplete row: an identifier, its normalised name, the name or surface form that matched
   * what was typed (the most used one when several did), and the number of articles that mention
   * the identifier.
   */
  public record Match(EntityType type, String id, String name, String matched, long articles) {}

  /** Article counts: of all articles, and of those that mention each entity asked about. */
  record Counts(long articles, Map<EntityKey, Long> byEntity) {
    long of(EntityKey entity) {
      return byEntity.getOrDefault(entity, 0L);
    }
  }

  /**
   * Entities with a name or synonym starting with {@code text} (case-insensitive), one row per
   * identifier, most articles first. The candidates are the identifiers whose matching names are
   * the most used; they are then ordered by the articles that mention them at all.
   */
  public List<Match> autocomplete(String text, Optional<EntityType> type, int limit) {
    if (text == null || EntityValues.form(text).isEmpty()) {
      throw new IllegalArgumentException(
          "q is required: the beginning of an entity name, e.g. doxo");
    }
    if (text.length() > MAX_PREFIX_CHARS) {
      throw new IllegalArgumentException(
          "q may have at most "
              + MAX_PREFIX_CHARS
              + " characters (the beginning of an entity name), got "
              + text.length());
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    List<EntityType> types = type.map(List::of).orElse(List.of(EntityType.values()));
    SolrQuery q = articles();
    for (EntityType t : types) {
      q.set("prefix_" + t.key(), EntityValues.namesStarting(t, text));
      q.addFacetField("{!key=" + t.key() + " facet.prefix=$prefix_" + t.key() + "}" + ENTITY_NAME);
    }
    onlyArticlesNaming(q, types.stream().map(t -> "prefix_" + t.key()).toList());
    q.setFacetLimit(CANDIDATES);
    QueryResponse response = solr.query("complete entity names", q);
    Map<EntityKey, NameCount> best = new LinkedHashMap<>();
    for (EntityType t : types) {
      for (NameCount n : names(response.getFacetField(t.key()))) {
        best.merge(
            new EntityKey(n.name().type(), n.name().id()),
            n,
            (a, b) -> NameCount.MORE_USED.compare(a, b) <= 0 ? a : b);
      }
    }
    List<Map.Entry<EntityKey, NameCount>> candidates =
        best.entrySet().stream()
            .sorted(Map.Entry.comparingByValue(NameCount.MORE_USED))
            .limit(limit)
            .toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    Counts counts = articleCounts(candidates.stream().map(Map.Entry::getKey).toList());
    return candidates.stream()
        .map(
            c ->
                new Match(
                    c.getKey().type(),
                    c.getKey().id(),
                    c.getValue().name().name(),
                    c.getValue().name().form(),
                    counts.of(c.getKey())))
        .sorted(Comparator.comparingLong(Match::articles).reversed().thenComparing(Match::name))
        .toList();
  }

  /**
   * The entity a reference names: by name or synonym (the identifier most articles call so), or by
   * identifier; an unknown one is refused with the closest names the index knows.
   */
  public NamedEntity resolve(EntityReference ref) {
    if (!ref.identifierOnly()) {
      Optional<NamedEntity> byName = byName(ref.type(), ref.name());
      if (byName.isPresent()) {
        return byName.get();
      }
    }
    return byId(ref.type(), ref.text()).orElseThrow(() -> unknown(ref));
  }

  /**
   * The entity an entity filter's value stands for, as a chip names it: the value is an identifier,
   * or a facet's "name|identifier"; a value no article mentions is shown as it was written.
   */
  public NamedEntity named(EntityType type, String filterValue) {
    Optional<NamedEntity> byId = byId(type, filterValue);
    if (byId.isPresent()) {
      return byId.get();
    }
    // Not an identifier (variant identifiers hold bars too, hence asked first): a facet's
    // "name|identifier".
    return filterValue.indexOf('|') > 0
        ? new NamedEntity(
            type, EntityValues.labelId(filterValue), EntityValues.labelName(filterValue))
        : new NamedEntity(type, filterValue, filterValue);
  }

  /** The entity most articles call {@code name}. */
  private Optional<NamedEntity> byName(EntityType type, String name) {
    SolrQuery q = articles();
    q.set("exact", EntityValues.namesEqual(type, name));
    // The exact name's values are a handful of terms: counting each one's articles ("enum") reads
    // only their postings, where counting every name of the articles that hold one reads them all
    // (a frequent chemical: thousands of articles). Not cached: one filter per name looked up
    // would push the searches' filters out of the filter cache.
    q.addFacetField(
        "{!key=exact facet.prefix=$exact facet.method=enum facet.enum.cache.minDf="
            + Integer.MAX_VALUE
            + "}"
            + ENTITY_NAME);
    q.setFacetLimit(1);
    QueryResponse response = solr.query("look up an entity name", q);
    return names(response.getFacetField("exact")).stream()
        .findFirst()
        .map(n -> new NamedEntity(type, n.name().id(), n.name().name()));
  }

  /** The entity with this identifier, named as an article that mentions it names it. */
  private Optional<NamedEntity> byId(EntityType type, String id) {
    SolrQuery q = new SolrQuery(Clauses.term(entityIds(type), id));
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    q.setFields(MENTION_STORED);
    q.setRows(1);
    SolrDocumentList docs = solr.query("look up an entity identifier", q).getResults();
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    String name =
        ArticleDocuments.mentions(docs.get(0)).stream()
            .filter(m -> m.type() == type && m.id().equals(id))
            .map(EntityMention::name)
            .filter(n -> n != null)
            .findFirst()
            .orElse(id);
    return Optional.of(new NamedEntity(type, id, name));
  }

  /**
   * Why a reference names nothing, with the closest names of its type that start with the same
   * letter.
   */
  private UnknownEntityException unknown(EntityReference ref) {
    String typeName = ref.type().key().replace('_', ' ');
    if (ref.identifierOnly()) {
      return new UnknownEntityException(
          "no " + typeName + " with identifier '" + ref.text() + "' in the index", List.of());
    }
    String form = EntityValues.form(ref.name());
    String message = "no " + typeName + " named '" + ref.name() + "' in the index";
    if (form.isEmpty()) {
      return new UnknownEntityException(message, List.of());
    }
    SolrQuery q = articles();
    q.set("near", EntityValues.namesStarting(ref.type(), form.substring(0, 1)));
    q.addFacetField("{!key=near facet.prefix=$near}" + ENTITY_NAME);
    onlyArticlesNaming(q, List.of("near"));
    q.setFacetLimit(NEAR_CANDIDATES);
    QueryResponse response = solr.query("find names near an unknown one", q);
    // A typo costs an edit or two; a third of the name is as far as a suggestion is still
    // plausible.
    int tolerance = Math.max(2, form.length() / 3);
    Map<String, Integer> distance = new HashMap<>();
    Map<String, NameCount> closest = new LinkedHashMap<>();
    for (NameCount n : names(response.getFacetField("near"))) {
      int d = EditDistance.within(form, n.name().form(), tolerance);
      if (d <= tolerance && d < distance.getOrDefault(n.name().id(), Integer.MAX_VALUE)) {
        distance.put(n.name().id(), d);
        closest.put(n.name().id(), n);
      }
    }
    List<NamedEntity> suggestions =
        closest.values().stream()
            .sorted(
                Comparator.comparingInt((NameCount n) -> distance.get(n.name().id()))
                    .thenComparing(NameCount.MORE_USED))
            .limit(SUGGESTIONS)
            .map(n -> new NamedEntity(ref.type(), n.name().id(), n.name().name()))
            .toList();
    return new UnknownEntityException(message, suggestions);
  }

  /**
   * How many articles mention each entity, and how many there are; one request for any number of
   * entities.
   */
  Counts articleCounts(Collection<EntityKey> entities) {
    SolrQuery q = articles();
    Map<EntityType, List<String>> byType =
        entities.stream()
            .collect(
                Collectors.groupingBy(
                    EntityKey::type,
                    LinkedHashMap::new,
                    Collectors.mapping(EntityKey::id, Collectors.toList())));
    byType.forEach(
        (type, ids) -> {
          q.set("terms_" + type.key(), Clauses.termList(ids));
          q.addFacetField(
              "{!key=" + type.key() + " terms=$terms_" + type.key() + "}" + entityIds(type));
        });
    // The identifiers can be many: POST keeps them out of the URL.
    QueryResponse response = solr.query("count entities' articles", q);
    Map<EntityKey, Long> counts = new HashMap<>();
    byType
        .keySet()
        .forEach(
            type -> {
              FacetField facet = response.getFacetField(type.key());
              if (facet != null && facet.getValues() != null) {
                facet
                    .getValues()
                    .forEach(c -> counts.put(new EntityKey(type, c.getName()), c.getCount()));
              }
            });
    return new Counts(response.getResults().getNumFound(), counts);
  }

  /**
   * Narrows a name facet's articles to those holding a name that starts with one of the prefixes in
   * these parameters: the counts of those names stay the same, and Solr reads the names of a few
   * articles instead of every article's (a tenth of an entity pair search's cost at 100,000
   * articles). Not cached: each typed prefix would take a filter cache entry of its own.
   */
  private static void onlyArticlesNaming(SolrQuery q, List<String> prefixParams) {
    q.addFilterQuery(
        prefixParams.stream()
            .map(p -> "should='{!prefix f=" + ENTITY_NAME + " v=$" + p + "}'")
            .collect(Collectors.joining(" ", "{!bool cache=false ", "}")));
  }

  /** Counts over all articles, no rows. */
  private static SolrQuery articles() {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    q.setRows(0);
    q.setFacet(true);
    q.setFacetMinCount(1);
    return q;
  }

  /** A name value and the number of articles that use it. */
  private record NameCount(EntityValues.Name name, long articles) {
    /**
     * The most used first; of equally used ones, the shorter (closer to what was typed), then
     * alphabetically.
     */
    static final Comparator<NameCount> MORE_USED =
        Comparator.comparingLong(NameCount::articles)
            .reversed()
            .thenComparingInt(n -> n.name().form().length())
            .thenComparing(n -> n.name().form());
  }

  private static List<NameCount> names(FacetField facet) {
    List<NameCount> names = new ArrayList<>();
    if (facet != null && facet.getValues() != null) {
      facet
          .getValues()
          .forEach(
              c -> names.add(new NameCount(EntityValues.parseName(c.getName()), c.getCount())));
    }
    return names;
  }
}
