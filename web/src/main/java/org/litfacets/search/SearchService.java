package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.SolrConnection;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;
import org.litfacets.store.Clauses;
import org.litfacets.store.KnnQuery;

/** Faceted article search over the litfacets collection: the one place that turns a search into a Solr query. */
public final class SearchService {
  private static final String QUERY_FIELDS = TITLE + "^3 " + ABSTRACT + " " + MESH_TEXT + "^2 " + KEYWORD_TEXT + "^1.5 "
      + AUTHOR_TEXT;
  private static final String PHRASE_FIELDS = TITLE + "^4 " + ABSTRACT + "^2";
  /** Fields a user may name in a query (e.g. {@code journal:"Lancet"}); anything else is searched as text. */
  private static final String USER_FIELDS = String.join(" ", TITLE, ABSTRACT, JOURNAL, JOURNAL_ABBREV, YEAR, AUTHOR,
      KEYWORD, MESH, MESH_UI, PUBLICATION_TYPE, LANGUAGE, PMID, DOI);
  private static final int SNIPPET_CHARS = 300;

  private final SolrConnection solr;
  private final ArticleStore store;
  private final Optional<MeshVocabulary> mesh;
  private final Optional<QueryEmbedder> queryEmbedder;
  /** Semantic search looks at this many nearest articles at most (topK; per shard in SolrCloud). */
  static final int SEMANTIC_DEPTH = 200;

  /**
   * @param mesh the MeSH vocabulary, for exploding a heading to its descendants; empty when MeSH is not available,
   *     in which case exploded-MeSH filters are refused with a message
   */
  public SearchService(SolrConnection solr, Optional<MeshVocabulary> mesh) {
    this(solr, mesh, Optional.empty());
  }

  /** @param queryEmbedder embeds queries for semantic search; without it, semantic searches are refused */
  public SearchService(SolrConnection solr, Optional<MeshVocabulary> mesh, Optional<QueryEmbedder> queryEmbedder) {
    this.solr = solr;
    this.store = new ArticleStore(solr);
    this.mesh = mesh;
    this.queryEmbedder = queryEmbedder;
  }

  public SearchResult search(SearchRequest request) {
    SolrQuery query = toSolr(request, this::explode);
    if (request.semantic()) {
      semantic(query, request);
    }
    QueryResponse response = solr.call("search", () -> solr.client().query(query));
    List<SearchResult.Hit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      hits.add(hit(doc, highlights == null ? Map.of() : highlights.getOrDefault((String) doc.getFirstValue(PMID), Map.of())));
    }
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (FilterField field : FilterField.values()) {
      if (field.isFacet()) {
        facets.add(Facets.of(field, response.getFacetField(field.apiName()), request.filters()));
      }
    }
    return new SearchResult(request, response.getResults().getNumFound(), hits, facets, response.getQTime());
  }

  /**
   * The articles nearest to this one by their title + abstract vectors (KNN over the HNSW index), compared only with
   * vectors of the same embedding model; empty when the article has no vector.
   */
  public List<SearchResult.Hit> similar(String pmid, int count) {
    SolrDocument doc = solr.call("get the vector of " + pmid, () -> solr.client().getById(pmid,
        new SolrQuery().setFields(VECTOR, EMBEDDING_MODEL)));
    if (doc == null || doc.getFieldValues(VECTOR) == null || doc.getFirstValue(EMBEDDING_MODEL) == null) {
      return List.of();
    }
    // topK counts the article itself, and applies per shard in SolrCloud.
    String model = (String) doc.getFirstValue(EMBEDDING_MODEL);
    SolrQuery q = KnnQuery.nearest(new SolrQuery(), ArticleDocuments.vector(doc), model, count + 1);
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    q.addFilterQuery(Clauses.notTerm(ID, pmid));
    q.setFields(PMID, TITLE, ABSTRACT, JOURNAL, YEAR, AUTHOR);
    q.setRows(count);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (SolrDocument d : solr.call("find similar articles", () -> solr.client().query(q)).getResults()) {
      hits.add(hit(d, Map.of()));
    }
    return hits;
  }

  /** Number of articles in the index; fails when Solr cannot be reached. */
  public long articleCount() {
    return store.count();
  }

  /** The article with its sentences and entity mentions. */
  public Optional<AnnotatedArticle> article(String pmid) {
    if (!pmid.matches("\\d{1,9}")) {
      throw new IllegalArgumentException("a PMID is a number of up to 9 digits, got '" + pmid + "'");
    }
    return store.getAnnotated(pmid);
  }

  /**
   * Turns a search into the nearest article vectors to the embedded query, filters still applying, compared only with
   * vectors of the query's own model.
   */
  private void semantic(SolrQuery q, SearchRequest request) {
    QueryEmbedder embedder = queryEmbedder.orElseThrow(() -> new IllegalArgumentException(
        "semantic search is off on this server: it was started without an embedding model"));
    checkIndexModel(embedder.model());
    KnnQuery.nearest(q, embedder.embed(request.query()), embedder.model(), SEMANTIC_DEPTH);
    q.remove("uq");
    q.setHighlight(false);
    if (request.sort() == SortOrder.RELEVANCE) {
      q.clearSorts();
      q.addSort("score", SolrQuery.ORDER.desc);
    }
  }

  /** Refuses a semantic search over an index whose vectors all come from other models. */
  private void checkIndexModel(String model) {
    SolrQuery models = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField(EMBEDDING_MODEL).setFacetMinCount(1);
    models.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    var facet = solr.call("read the index's embedding models", () -> solr.client().query(models))
        .getFacetField(EMBEDDING_MODEL);
    List<String> present = facet == null || facet.getValues() == null ? List.of()
        : facet.getValues().stream().map(c -> c.getName()).toList();
    if (!present.isEmpty() && !present.contains(model)) {
      throw new EmbeddingModelMismatchException("the index's article vectors were made by " + String.join(", ", present)
          + ", but this server embeds queries with " + model + "; re-index with --embedding-model " + model
          + " or serve with --embedding-model " + present.get(0));
    }
  }

  /** The tree numbers of a heading given by name or UI, each with its descendants, as query terms. */
  private List<String> explode(String heading) {
    MeshVocabulary vocabulary = mesh.orElseThrow(() -> new IllegalArgumentException(
        "exploding MeSH headings needs the MeSH vocabulary, which this server was started without"));
    Optional<Descriptor> descriptor = vocabulary.byUi(heading).or(() -> vocabulary.byTerm(heading).stream().findFirst());
    Descriptor d = descriptor.orElseThrow(() -> new IllegalArgumentException("unknown MeSH heading '" + heading + "'"));
    List<String> terms = new ArrayList<>();
    for (String tree : d.treeNumbers()) {
      terms.add(tree);
      terms.add(tree + ".*");
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("MeSH heading '" + d.name() + "' has no tree numbers to explode");
    }
    return terms;
  }

  static SolrQuery toSolr(SearchRequest request, Function<String, List<String>> explode) {
    SolrQuery q = new SolrQuery();
    UserQuery.apply(q, request.query(), QUERY_FIELDS, USER_FIELDS, SNIPPET_CHARS, TITLE + "," + ABSTRACT);
    if (!request.query().isEmpty()) {
      q.set("pf", PHRASE_FIELDS);
    }
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    for (FilterField field : FilterField.values()) {
      if (field == FilterField.MESH_EXPLODED) {
        // Each exploded heading is a filter of its own: several of them narrow the search, as in PubMed.
        for (String heading : request.filters().stream().filter(f -> f.field() == field).map(Filter::value).toList()) {
          q.addFilterQuery(field.solrField() + ":(" + String.join(" OR ", explode.apply(heading)) + ")");
        }
        continue;
      }
      Facets.filter(q, field, request.filters());
      Facets.count(q, field);
    }
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.setFields(PMID, TITLE, ABSTRACT, JOURNAL, YEAR, AUTHOR);
    SortOrder sort = request.query().isEmpty() && request.sort() == SortOrder.RELEVANCE ? SortOrder.NEWEST : request.sort();
    switch (sort) {
      case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc).addSort(YEAR, SolrQuery.ORDER.desc);
      case NEWEST -> q.addSort(YEAR, SolrQuery.ORDER.desc);
      case OLDEST -> q.addSort(YEAR, SolrQuery.ORDER.asc);
    }
    q.addSort(PMID, sort == SortOrder.OLDEST ? SolrQuery.ORDER.asc : SolrQuery.ORDER.desc);
    q.setStart((request.page() - 1) * request.size());
    q.setRows(request.size());
    return q;
  }

  private static SearchResult.Hit hit(SolrDocument doc, Map<String, List<String>> highlight) {
    String pmid = (String) doc.getFirstValue(PMID);
    String title = (String) doc.getFirstValue(TITLE);
    String titleHtml = first(highlight.get(TITLE)).orElse(Html.escape(title == null ? "(no title)" : title));
    String abstractText = (String) doc.getFirstValue(ABSTRACT);
    String snippet = first(highlight.get(ABSTRACT)).orElse(Html.escape(Html.shorten(abstractText, SNIPPET_CHARS)));
    List<String> authors = new ArrayList<>();
    if (doc.getFieldValues(AUTHOR) != null) {
      doc.getFieldValues(AUTHOR).forEach(a -> authors.add((String) a));
    }
    Object year = doc.getFirstValue(YEAR);
    return new SearchResult.Hit(pmid, title, titleHtml, snippet, (String) doc.getFirstValue(JOURNAL),
        year == null ? null : ((Number) year).intValue(), authors, pubmedUrl(pmid));
  }

  public static String pubmedUrl(String pmid) {
    return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
  }

  private static Optional<String> first(List<String> values) {
    return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0));
  }
}
