package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.Query;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.SolrLimits;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;
import org.litfacets.store.Clauses;
import org.litfacets.store.KnnQuery;

/**
 * Faceted article search over the litfacets collection: the one place that turns an article search
 * into a Solr query (the query itself translated by {@link BooleanQueries}).
 */
public final class SearchService {
  private static final int SNIPPET_CHARS = 300;
  private static final int EXPORT_PAGE = 1000;

  private final SolrConnection solr;
  private final ArticleStore store;
  private final Optional<MeshVocabulary> mesh;
  private final Optional<QueryEmbedder> queryEmbedder;
  private final QueryReader reader;
  private final BooleanQueries translator;
  private final Ranking ranking;

  /**
   * @param mesh the MeSH vocabulary, for exploding a heading to its descendants; empty when MeSH is
   *     not available, in which case exploded-MeSH filters are refused with a message
   */
  public SearchService(SolrConnection solr, Optional<MeshVocabulary> mesh) {
    this(solr, mesh, Optional.empty());
  }

  /**
   * @param queryEmbedder embeds queries for semantic search; without it, semantic searches are
   *     refused. Hybrid search mixes BM25 with its model's cosines by the weight chosen for that
   *     model ({@link Ranking#forModel}).
   */
  public SearchService(
      SolrConnection solr, Optional<MeshVocabulary> mesh, Optional<QueryEmbedder> queryEmbedder) {
    this(
        solr,
        mesh,
        queryEmbedder,
        queryEmbedder.map(q -> Ranking.forModel(q.model())).orElse(Ranking.DEFAULT));
  }

  /**
   * @param ranking the weights of Best Match and hybrid ranking (the benchmark measures others)
   */
  public SearchService(
      SolrConnection solr,
      Optional<MeshVocabulary> mesh,
      Optional<QueryEmbedder> queryEmbedder,
      Ranking ranking) {
    this.ranking = ranking;
    this.solr = solr;
    this.store = new ArticleStore(solr);
    this.mesh = mesh;
    this.queryEmbedder = queryEmbedder;
    this.reader = new QueryReader(mesh, Optional.of(new EntityService(solr)));
    this.translator = new BooleanQueries(mesh);
  }

  /**
   * A search as typed in a search box: a Boolean query read as PubMed or Ovid syntax, or free text
   * read as Best Match ({@link QueryKind}); a semantic search reads the text as it is, for its
   * meaning.
   *
   * @throws QueryException when the query cannot be searched, saying where and why
   */
  public SearchResult search(SearchRequest request) {
    boolean booleanQuery =
        request.kind() == QueryKind.BOOLEAN
            && request.mode() != SearchMode.SEMANTIC
            && !request.query().isEmpty();
    return search(request, booleanQuery ? reader.query(request.query()) : null);
  }

  /**
   * @param tree the search as {@link QueryReader} read it; null for every article, for free text,
   *     or for a semantic search
   */
  public SearchResult search(SearchRequest request, Query tree) {
    BooleanQueries.Translation lexical = lexical(request, tree);
    SolrQuery query = toSolr(request, lexical, this::explode);
    SearchMode ran = request.mode();
    List<String> fusedPage = null;
    if (ran == SearchMode.SEMANTIC) {
      semantic(query, request);
    } else if (ran == SearchMode.HYBRID) {
      if (lexical == null || queryEmbedder.isEmpty()) {
        ran = SearchMode.LEXICAL;
      } else {
        fusedPage = hybrid(query, request, lexical, tree != null);
      }
    }
    QueryResponse response = solr.query("search", query);
    List<SearchResult.Hit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      hits.add(
          hit(
              doc,
              highlights == null
                  ? Map.of()
                  : highlights.getOrDefault((String) doc.getFirstValue(PMID), Map.of())));
    }
    if (fusedPage != null) {
      List<String> order = fusedPage;
      hits.sort(Comparator.comparingInt(h -> order.indexOf(h.pmid())));
    }
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (FilterField field : FilterField.values()) {
      if (field.isFacet()) {
        FacetField counted =
            field == FilterField.YEAR
                ? Facets.topOfYears(response.getFacetField(Facets.YEARS), field)
                : response.getFacetField(field.apiName());
        facets.add(Facets.of(field, counted, request.filters()));
      }
    }
    return new SearchResult(
        request,
        response.getResults().getNumFound(),
        hits,
        facets,
        Facets.years(response.getFacetField(Facets.YEARS)),
        response.getQTime(),
        SolrLimits.partial(response),
        ran,
        lexical == null ? List.of() : lexical.details().entities());
  }

  /**
   * The Solr request that {@link #search(SearchRequest)} sends for a lexical search (query,
   * filters, facets, highlighting), so that a benchmark can send the same request straight to Solr
   * and compare.
   */
  public SolrQuery solrRequest(SearchRequest request) {
    if (request.mode() != SearchMode.LEXICAL) {
      throw new IllegalArgumentException(
          "only a lexical search's request can be sent alone: the others depend on the embedder");
    }
    Query tree =
        request.kind() == QueryKind.BOOLEAN && !request.query().isEmpty()
            ? reader.query(request.query())
            : null;
    return toSolr(request, lexical(request, tree), this::explode);
  }

  /**
   * The lexical part of a search: the Boolean query's translation, Best Match over free text, or
   * none (every article, or a semantic search).
   */
  private BooleanQueries.Translation lexical(SearchRequest request, Query tree) {
    if (tree != null) {
      return translate(tree);
    }
    return request.kind() == QueryKind.TEXT
            && request.mode() != SearchMode.SEMANTIC
            && !request.query().isEmpty()
        ? BestMatchQuery.of(request.query(), ranking)
        : null;
  }

  /**
   * The articles nearest to this one by their title + abstract vectors (KNN over the HNSW index),
   * compared only with vectors of the same embedding model; empty when the article has no vector.
   */
  public List<SearchResult.Hit> similar(String pmid, int count) {
    SolrDocument doc =
        solr.call(
            "get the vector of " + pmid,
            () -> solr.client().getById(pmid, new SolrQuery().setFields(VECTOR, EMBEDDING_MODEL)));
    if (doc == null
        || doc.getFieldValues(VECTOR) == null
        || doc.getFirstValue(EMBEDDING_MODEL) == null) {
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
    for (SolrDocument d :
        solr.call("find similar articles", () -> solr.client().query(q)).getResults()) {
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
      throw new IllegalArgumentException(
          "a PMID is a number of up to 9 digits, got '" + pmid + "'");
    }
    return store.getAnnotated(pmid);
  }

  /**
   * Turns a search into the nearest article vectors to the embedded query, filters still applying,
   * compared only with vectors of the query's own model.
   */
  private void semantic(SolrQuery q, SearchRequest request) {
    QueryEmbedder embedder =
        queryEmbedder.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "semantic search is off on this server: it was started without an embedding model"));
    checkIndexModel(embedder.model());
    KnnQuery.nearest(q, embedder.embed(request.query()), embedder.model(), ranking.knnDepth());
    if (request.sort() == SortOrder.RELEVANCE) {
      q.clearSorts();
      q.addSort("score", SolrQuery.ORDER.desc);
    }
  }

  /**
   * Makes {@code q} a hybrid search: the union of the lexical matches and the nearest article
   * vectors for free text (a Boolean query's exact set, for a Boolean one), ranked by a mix of the
   * two lists' scores ({@link RankFusion}). Solr cannot mix BM25 with the cosines of a KNN list
   * (9.x), so the two ranked lists are asked first (PMIDs and scores only), fused here, and {@code
   * q} then counts facets and the total over the whole fused set while returning the requested
   * page's articles, which the caller puts in fused order.
   *
   * @return the PMIDs of the requested page in fused order; null when the search is not sorted by
   *     relevance (the fused set is then sorted as asked, by Solr)
   */
  private List<String> hybrid(
      SolrQuery q, SearchRequest request, BooleanQueries.Translation lexical, boolean exactSet) {
    QueryEmbedder embedder = queryEmbedder.orElseThrow();
    checkIndexModel(embedder.model());
    float[] vector = embedder.embed(request.query());
    q.set("lex", lexical.query());
    List<String> page = null;
    List<String> nearestPmids = List.of();
    if (request.sort() == SortOrder.RELEVANCE) {
      int start = q.getStart();
      int end = start + q.getRows();
      // an article's fused score does not depend on the lists' lengths, so a lexical list as deep
      // as the page ranks every page alike; past the KNN list, the rest follows BM25
      Map<String, Double> cosines = new HashMap<>();
      List<RankFusion.Scored> bm25 = new ArrayList<>();
      String similarity = "cos:" + KnnQuery.similarity(vector);
      for (SolrDocument d :
          ranked(q, Math.max(ranking.knnDepth(), end), EMBEDDING_MODEL, similarity)) {
        String pmid = (String) d.getFirstValue(PMID);
        bm25.add(new RankFusion.Scored(pmid, number(d, "score")));
        // an article without a vector, or with another model's, has no comparable cosine
        if (embedder.model().equals(d.getFirstValue(EMBEDDING_MODEL))) {
          cosines.put(pmid, KnnQuery.cosine(number(d, "cos")));
        }
      }
      List<RankFusion.Scored> nearest = new ArrayList<>();
      for (SolrDocument d :
          ranked(nearest(q, vector, embedder.model(), exactSet), ranking.knnDepth())) {
        nearest.add(
            new RankFusion.Scored(
                (String) d.getFirstValue(PMID), KnnQuery.cosine(number(d, "score"))));
      }
      nearestPmids = nearest.stream().map(RankFusion.Scored::pmid).toList();
      List<String> fused = RankFusion.fuse(bm25, cosines, nearest, ranking.lexicalWeight());
      page = fused.subList(Math.min(start, fused.size()), Math.min(end, fused.size()));
    }
    if (!exactSet) {
      // The nearest articles are known once their list was asked: naming them spares Solr a
      // second search of the vector graph (the same filters and depth find the same ones).
      q.set(
          "vec",
          nearestPmids.isEmpty()
              ? KnnQuery.clause(q, vector, embedder.model(), ranking.knnDepth())
              : Clauses.anyPmid(nearestPmids));
      q.setQuery("{!bool should=$lex should=$vec}");
      // The highlighter reads the words of the lexical query only.
      q.set("hl.q", "{!lucene v=$lex}");
    }
    if (page != null) {
      q.setStart(0).setRows(page.size());
      if (!page.isEmpty()) {
        q.set("page", Clauses.anyPmid(page));
        q.clearSorts();
        q.addSort("query($page,0)", SolrQuery.ORDER.desc);
      }
    }
    return page;
  }

  /**
   * The nearest articles to {@code vector} that pass {@code q}'s filters, and for a Boolean query
   * its exact set too, as a query of their own.
   */
  private SolrQuery nearest(SolrQuery q, float[] vector, String model, boolean exactSet) {
    SolrQuery knn = q.getCopy();
    if (exactSet) {
      // filters of a query whose main clause is KNN narrow the search for neighbours itself
      knn.addFilterQuery("{!lucene cache=false v=$lex}");
    }
    return KnnQuery.nearest(knn, vector, model, ranking.knnDepth());
  }

  /**
   * The first {@code rows} articles {@code q} finds, by relevance: their PMIDs, scores and {@code
   * fields}.
   */
  private SolrDocumentList ranked(SolrQuery q, int rows, String... fields) {
    SolrQuery ids = q.getCopy();
    ids.setFacet(false).setHighlight(false).setStart(0).setRows(rows).setFields(PMID, "score");
    for (String field : fields) {
      ids.addField(field);
    }
    return solr.query("rank for hybrid search", ids).getResults();
  }

  private static double number(SolrDocument d, String field) {
    return ((Number) d.getFirstValue(field)).doubleValue();
  }

  /**
   * Refuses a semantic search over an index whose vectors all come from other models. The index's
   * models are read once a minute at most, not on every search: they change only with a re-index.
   */
  private void checkIndexModel(String model) {
    IndexModels known = indexModels;
    if (known == null || System.nanoTime() - known.readAt() > MODELS_TTL_NANOS) {
      known = new IndexModels(store.embeddingModels(), System.nanoTime());
      indexModels = known;
    }
    List<String> present = known.models();
    if (!present.isEmpty() && !present.contains(model)) {
      // only an answer that lets the search run is kept for a minute: a refusal reads the index
      // again, so that a re-index with this model is seen at once
      known = new IndexModels(store.embeddingModels(), System.nanoTime());
      indexModels = known;
      present = known.models();
    }
    if (!present.isEmpty() && !present.contains(model)) {
      throw new EmbeddingModelMismatchException(
          "the index's article vectors were made by "
              + String.join(", ", present)
              + ", but this server embeds queries with "
              + model
              + "; re-index with --article-embedding-model "
              + model
              + " or serve with --article-embedding-model "
              + present.get(0));
    }
  }

  private static final long MODELS_TTL_NANOS = 60_000_000_000L;

  private record IndexModels(List<String> models, long readAt) {}

  private volatile IndexModels indexModels;

  /**
   * The tree numbers of a heading given by name or UI, each with its descendants, as query terms.
   */
  private List<String> explode(String heading) {
    MeshVocabulary vocabulary =
        mesh.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "exploding MeSH headings needs the MeSH vocabulary, which this server was started without"));
    Optional<Descriptor> descriptor =
        vocabulary.byUi(heading).or(() -> vocabulary.byTerm(heading).stream().findFirst());
    Descriptor d =
        descriptor.orElseThrow(
            () -> new IllegalArgumentException("unknown MeSH heading '" + heading + "'"));
    List<String> terms = new ArrayList<>();
    for (String tree : d.treeNumbers()) {
      terms.add(tree);
      terms.add(tree + ".*");
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException(
          "MeSH heading '" + d.name() + "' has no tree numbers to explode");
    }
    return terms;
  }

  /** How many articles a search finds. */
  public Count count(Query tree) {
    SolrQuery q = translate(tree).applyTo(new SolrQuery()).setRows(0);
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    QueryResponse response = solr.query("count articles", q);
    return new Count(response.getResults().getNumFound(), SolrLimits.partial(response));
  }

  /**
   * @param partialResults Solr ran out of its time allowance: the count may be too low
   */
  public record Count(long articles, boolean partialResults) {}

  /**
   * Which of {@code pmids} a search finds (null: every article); one request, whatever their
   * number.
   */
  public Set<String> found(Query tree, Collection<String> pmids) {
    if (pmids.isEmpty()) {
      return Set.of();
    }
    SolrQuery q =
        (tree == null ? new SolrQuery("*:*") : translate(tree).applyTo(new SolrQuery()))
            .setRows(pmids.size())
            .setFields(PMID);
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    q.addFilterQuery(Clauses.anyPmid(pmids));
    Set<String> found = new LinkedHashSet<>();
    solr.query("check articles", q)
        .getResults()
        .forEach(d -> found.add((String) d.getFirstValue(PMID)));
    return found;
  }

  /**
   * One page of the PMIDs a search finds, with their total, for E-utilities' esearch: any depth (no
   * page limit), most recent first as PubMed's E-utilities sort by default, or by relevance.
   */
  public PmidPage pmids(Query tree, int start, int rows, boolean byRelevance) {
    SolrQuery q =
        translate(tree).applyTo(new SolrQuery()).setStart(start).setRows(rows).setFields(PMID);
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    if (byRelevance) {
      q.addSort("score", SolrQuery.ORDER.desc);
    }
    q.addSort(YEAR, SolrQuery.ORDER.desc).addSort(PMID, SolrQuery.ORDER.desc);
    var results = solr.query("search PMIDs", q).getResults();
    return new PmidPage(
        results.getNumFound(), results.stream().map(d -> (String) d.getFirstValue(PMID)).toList());
  }

  /** A page of PMIDs and how many the whole search finds. */
  public record PmidPage(long total, List<String> pmids) {}

  /** Every indexed article of {@code pmids} (unknown ones left out), in the order asked for. */
  public List<org.litfacets.article.Article> articles(List<String> pmids) {
    return store.getAll(pmids);
  }

  /** The search as typed in a search box, read (see {@link #search(SearchRequest)}). */
  public Query read(String query) {
    return reader.query(query);
  }

  private BooleanQueries.Translation translate(Query tree) {
    return translator.translate(tree, BooleanQueries.Target.ARTICLES);
  }

  /**
   * @param translation the query; null for every article
   */
  static SolrQuery toSolr(
      SearchRequest request,
      BooleanQueries.Translation translation,
      Function<String, List<String>> explode) {
    SolrQuery q = new SolrQuery();
    if (translation == null) {
      q.setQuery("*:*");
    } else {
      translation.applyTo(q);
      Highlighting.apply(q, SNIPPET_CHARS, TITLE + "," + ABSTRACT);
    }
    filter(q, request.filters(), explode);
    for (FilterField field : FilterField.values()) {
      // the year facet is read from the histogram's counts of the same field: two facets of one
      // field with different limits and sorts do not merge alike across SolrCloud shards
      if (field.isFacet() && field != FilterField.YEAR) {
        Facets.count(q, field);
      }
    }
    Facets.countYears(q);
    q.setFacet(true);
    q.setFacetMinCount(1);
    q.setFields(PMID, TITLE, ABSTRACT, JOURNAL, YEAR, AUTHOR);
    SortOrder sort =
        translation == null && request.sort() == SortOrder.RELEVANCE
            ? SortOrder.NEWEST
            : request.sort();
    switch (sort) {
      case RELEVANCE ->
          q.addSort("score", SolrQuery.ORDER.desc).addSort(YEAR, SolrQuery.ORDER.desc);
      case NEWEST -> q.addSort(YEAR, SolrQuery.ORDER.desc);
      case OLDEST -> q.addSort(YEAR, SolrQuery.ORDER.asc);
    }
    q.addSort(PMID, sort == SortOrder.OLDEST ? SolrQuery.ORDER.asc : SolrQuery.ORDER.desc);
    q.setStart((request.page() - 1) * request.size());
    q.setRows(request.size());
    return q;
  }

  /** Articles only, narrowed by facet filters. */
  private static void filter(
      SolrQuery q, List<Filter> filters, Function<String, List<String>> explode) {
    q.addFilterQuery(DOC_TYPE + ":" + ARTICLE_TYPE);
    for (FilterField field : FilterField.values()) {
      List<String> values =
          filters.stream().filter(f -> f.field() == field).map(Filter::value).toList();
      if (field == FilterField.MESH_EXPLODED) {
        // Each exploded heading is a filter of its own: several of them narrow the search, as in
        // PubMed.
        for (String heading : values) {
          q.addFilterQuery(
              field.solrField() + ":(" + String.join(" OR ", explode.apply(heading)) + ")");
        }
      } else {
        Facets.filter(q, field, filters);
      }
    }
  }

  /**
   * Every article a search finds (all of them when {@code tree} is null), with its entity mentions,
   * read page by page through a cursor sorted by id: no page limit, and no article missed or
   * repeated while the index changes. The first page is read before this returns, so that a search
   * Solr refuses fails before anything is written.
   */
  public Iterator<AnnotatedArticle> export(Query tree, List<Filter> filters) {
    return export(tree, filters, EXPORT_PAGE);
  }

  /**
   * @param pageSize articles per request (small in tests, to page through a small corpus)
   */
  Iterator<AnnotatedArticle> export(Query tree, List<Filter> filters, int pageSize) {
    SolrQuery q = tree == null ? new SolrQuery("*:*") : translate(tree).applyTo(new SolrQuery());
    filter(q, filters, this::explode);
    q.setFields(ArticleDocuments.STORED_FIELDS);
    q.setSort(ID, SolrQuery.ORDER.asc);
    q.setRows(pageSize);
    Cursor cursor = new Cursor(q, pageSize);
    cursor.hasNext();
    return cursor;
  }

  /**
   * The pages of an export: each request asks for the page after the cursor mark Solr gave with the
   * one before.
   */
  private final class Cursor implements Iterator<AnnotatedArticle> {
    private final SolrQuery query;
    private final int pageSize;
    private final Deque<AnnotatedArticle> page = new ArrayDeque<>();
    private String mark = CursorMarkParams.CURSOR_MARK_START;
    private boolean last;

    Cursor(SolrQuery query, int pageSize) {
      this.query = query;
      this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
      while (page.isEmpty() && !last) {
        query.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
        QueryResponse response = solr.query("export articles", query);
        response.getResults().forEach(d -> page.add(ArticleDocuments.annotationsFromSolr(d)));
        String next = response.getNextCursorMark();
        last = next.equals(mark) || response.getResults().size() < pageSize;
        mark = next;
      }
      return !page.isEmpty();
    }

    @Override
    public AnnotatedArticle next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.poll();
    }
  }

  /** Which of {@code pmids} are indexed articles. */
  public Set<String> indexed(Collection<String> pmids) {
    return pmids.isEmpty() ? Set.of() : found(null, pmids);
  }

  private static SearchResult.Hit hit(SolrDocument doc, Map<String, List<String>> highlight) {
    String pmid = (String) doc.getFirstValue(PMID);
    String title = (String) doc.getFirstValue(TITLE);
    String titleHtml =
        first(highlight.get(TITLE)).orElse(Html.escape(title == null ? "(no title)" : title));
    String abstractText = (String) doc.getFirstValue(ABSTRACT);
    String snippet =
        first(highlight.get(ABSTRACT))
            .orElse(Html.escape(Html.shorten(abstractText, SNIPPET_CHARS)));
    List<String> authors = new ArrayList<>();
    if (doc.getFieldValues(AUTHOR) != null) {
      doc.getFieldValues(AUTHOR).forEach(a -> authors.add((String) a));
    }
    Object year = doc.getFirstValue(YEAR);
    return new SearchResult.Hit(
        pmid,
        title,
        titleHtml,
        snippet,
        (String) doc.getFirstValue(JOURNAL),
        year == null ? null : ((Number) year).intValue(),
        authors,
        pubmedUrl(pmid));
  }

  public static String pubmedUrl(String pmid) {
    return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
  }

  private static Optional<String> first(List<String> values) {
    return values == null || values.isEmpty() || values.get(0).isBlank()
        ? Optional.empty()
        : Optional.of(values.get(0));
  }
}
