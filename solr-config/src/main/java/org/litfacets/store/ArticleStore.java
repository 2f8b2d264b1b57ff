package org.litfacets.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.solr.SolrConnection;

/** Writes articles to the litfacets collection and reads single ones back, by PMID. */
public final class ArticleStore {
  private final SolrConnection solr;

  public ArticleStore(SolrConnection solr) {
    this.solr = solr;
  }

  /** Adds or replaces documents; the PMID is the unique key, so re-indexing never duplicates. */
  public void upsert(Collection<SolrInputDocument> documents) {
    if (!documents.isEmpty()) {
      solr.call("index " + documents.size() + " documents", () -> solr.client().add(documents));
    }
  }

  /** Deletes articles with their sentence documents. */
  public void delete(List<String> pmids) {
    if (!pmids.isEmpty()) {
      solr.call("delete " + pmids.size() + " articles", () -> solr.client().deleteByQuery(ArticleFields.PMID + ":("
          + String.join(" OR ", pmids.stream().map(p -> '"' + p.replace("\"", "") + '"').toList()) + ")"));
    }
  }

  /** Makes everything written so far visible to searches and durable. */
  public void commit() {
    solr.call("commit", () -> solr.client().commit());
  }

  public Optional<Article> get(String pmid) {
    return getAnnotated(pmid).map(AnnotatedArticle::article);
  }

  /** The article with its sentences and entity mentions. */
  public Optional<AnnotatedArticle> getAnnotated(String pmid) {
    SolrDocument doc = solr.call("get article " + pmid, () -> solr.client().getById(pmid,
        new SolrQuery().setFields(ArticleDocuments.STORED_FIELDS)));
    return Optional.ofNullable(doc).map(ArticleDocuments::annotationsFromSolr);
  }

  /** Number of articles in the collection. */
  public long count() {
    SolrQuery q = new SolrQuery("*:*").setRows(0).addFilterQuery(ArticleFields.DOC_TYPE + ":" + ArticleFields.ARTICLE_TYPE);
    return solr.call("count articles", () -> solr.client().query(q).getResults().getNumFound());
  }
}
