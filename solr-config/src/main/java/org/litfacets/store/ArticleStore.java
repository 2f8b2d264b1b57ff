package org.litfacets.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.solr.Backoff;
import org.litfacets.solr.SolrConnection;

/** Writes articles to the litfacets collection and reads single ones back, by PMID. */
public final class ArticleStore {
  private final SolrConnection solr;
  private final Backoff writeRetries;
  private final Consumer<String> onRetry;

  /** A store whose calls fail at once when Solr is unavailable. */
  public ArticleStore(SolrConnection solr) {
    this(solr, Backoff.NONE, message -> {});
  }

  /**
   * A store whose writes (upsert, delete, commit: all idempotent) are retried by {@code
   * writeRetries} while Solr is unavailable; {@code onRetry} hears of each retry.
   */
  public ArticleStore(SolrConnection solr, Backoff writeRetries, Consumer<String> onRetry) {
    this.solr = solr;
    this.writeRetries = writeRetries;
    this.onRetry = onRetry;
  }

  /** Adds or replaces documents; the PMID is the unique key, so re-indexing never duplicates. */
  public void upsert(Collection<SolrInputDocument> documents) {
    if (!documents.isEmpty()) {
      write("index " + documents.size() + " documents", () -> solr.client().add(documents));
    }
  }

  /** Deletes articles with their sentence documents. */
  public void delete(List<String> pmids) {
    if (!pmids.isEmpty()) {
      write(
          "delete " + pmids.size() + " articles",
          () -> solr.client().deleteByQuery(Clauses.anyTerm(ArticleFields.PMID, pmids)));
    }
  }

  /** Makes everything written so far visible to searches and durable. */
  public void commit() {
    write("commit", () -> solr.client().commit());
  }

  private void write(String what, SolrConnection.SolrCall<?> call) {
    writeRetries.run(what, () -> solr.call(what, call), onRetry);
  }

  public Optional<Article> get(String pmid) {
    return getAnnotated(pmid).map(AnnotatedArticle::article);
  }

  /** The article with its sentences and entity mentions. */
  public Optional<AnnotatedArticle> getAnnotated(String pmid) {
    SolrDocument doc =
        solr.call(
            "get article " + pmid,
            () ->
                solr.client()
                    .getById(pmid, new SolrQuery().setFields(ArticleDocuments.STORED_FIELDS)));
    return Optional.ofNullable(doc).map(ArticleDocuments::annotationsFromSolr);
  }

  /**
   * The indexed articles among {@code pmids}, in the order asked for; unknown PMIDs are left out.
   */
  public List<Article> getAll(List<String> pmids) {
    if (pmids.isEmpty()) {
      return List.of();
    }
    SolrQuery q =
        new SolrQuery("*:*").setRows(pmids.size()).setFields(ArticleDocuments.STORED_FIELDS);
    q.addFilterQuery(ArticleFields.DOC_TYPE + ":" + ArticleFields.ARTICLE_TYPE);
    q.addFilterQuery(Clauses.anyPmid(pmids));
    Map<String, Article> byPmid = new HashMap<>();
    for (SolrDocument doc : solr.query("get " + pmids.size() + " articles", q).getResults()) {
      Article a = ArticleDocuments.fromSolr(doc);
      byPmid.put(a.pmid(), a);
    }
    return pmids.stream().distinct().map(byPmid::get).filter(Objects::nonNull).toList();
  }

  /**
   * The MeSH descriptor UIs of the indexed articles that best match {@code text} (BM25 over titles
   * and abstracts, any term), best first; only articles NLM has indexed count, and {@code
   * excludePmid} (may be null) never does.
   */
  public List<List<String>> meshOfSimilar(String text, int rows, String excludePmid) {
    SolrQuery q = new SolrQuery("{!edismax v=$uq}");
    q.set("uq", firstDistinctWords(text, MAX_SIMILAR_WORDS));
    q.set(
        "qf",
        ArticleFields.TITLE + "^2 " + ArticleFields.ABSTRACT + " " + ArticleFields.KEYWORD_TEXT);
    q.set("q.op", "OR");
    // A whole abstract as a query must not be read as query syntax.
    q.set("uf", "-*");
    return meshOf("find similar articles' MeSH", q, rows, excludePmid);
  }

  /**
   * Distinct words of a text that a similarity query may hold: Lucene refuses a query of more than
   * 1,024 clauses, and each distinct word makes one for each of the three fields (in the shared
   * data, a title + abstract of 362 distinct words passed, of 426 was refused; the median is 125,
   * and 72 of 20,525 have more than 250).
   */
  static final int MAX_SIMILAR_WORDS = 250;

  /**
   * {@code text} itself when it has at most {@code max} distinct words (case aside), else its first
   * {@code max} distinct words.
   */
  static String firstDistinctWords(String text, int max) {
    String[] words = text.split("[^\\p{L}\\p{N}]+");
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        distinct.add(w.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return distinct.size() <= max ? text : String.join(" ", distinct.stream().limit(max).toList());
  }

  /**
   * The MeSH descriptor UIs of the indexed articles nearest to {@code vector} (KNN over the article
   * vectors of the same embedding model), nearest first; only articles NLM has indexed count, and
   * {@code excludePmid} (may be null) never does.
   */
  public List<List<String>> meshOfNearest(
      float[] vector, String embeddingModel, int rows, String excludePmid) {
    return meshOf(
        "find nearest articles' MeSH",
        KnnQuery.nearest(new SolrQuery(), vector, embeddingModel, rows),
        rows,
        excludePmid);
  }

  /**
   * The MeSH UIs of the first {@code rows} articles {@code q} finds among those NLM has indexed.
   */
  private List<List<String>> meshOf(String what, SolrQuery q, int rows, String excludePmid) {
    q.addFilterQuery(ArticleFields.DOC_TYPE + ":" + ArticleFields.ARTICLE_TYPE);
    q.addFilterQuery(ArticleFields.MESH_UI + ":*");
    if (excludePmid != null) {
      q.addFilterQuery(Clauses.notTerm(ArticleFields.ID, excludePmid));
    }
    q.setFields(ArticleFields.MESH_UI);
    q.setRows(rows);
    List<List<String>> out = new ArrayList<>();
    for (SolrDocument doc : solr.query(what, q).getResults()) {
      out.add(ArticleDocuments.strings(doc, ArticleFields.MESH_UI));
    }
    return out;
  }

  /** Number of articles in the collection. */
  public long count() {
    SolrQuery q =
        new SolrQuery("*:*")
            .setRows(0)
            .addFilterQuery(ArticleFields.DOC_TYPE + ":" + ArticleFields.ARTICLE_TYPE);
    return solr.call("count articles", () -> solr.client().query(q).getResults().getNumFound());
  }

  /**
   * The embedding models whose article vectors the collection holds: queries must be embedded by
   * one of them, since vectors of two models are not comparable.
   */
  public List<String> embeddingModels() {
    SolrQuery q =
        new SolrQuery("*:*")
            .setRows(0)
            .setFacet(true)
            .addFacetField(ArticleFields.EMBEDDING_MODEL)
            .setFacetMinCount(1)
            .addFilterQuery(ArticleFields.DOC_TYPE + ":" + ArticleFields.ARTICLE_TYPE);
    var facet =
        solr.call("read the index's embedding models", () -> solr.client().query(q))
            .getFacetField(ArticleFields.EMBEDDING_MODEL);
    return facet == null || facet.getValues() == null
        ? List.of()
        : facet.getValues().stream().map(c -> c.getName()).toList();
  }
}
