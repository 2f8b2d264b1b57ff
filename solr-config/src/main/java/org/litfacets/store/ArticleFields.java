package org.litfacets.store;

/** Field names of the litfacets schema (solr-config's schema.xml), in one place for writers and readers. */
public final class ArticleFields {
  public static final String PMID = "pmid";
  public static final String DOC_TYPE = "doc_type";
  public static final String TITLE = "title";
  public static final String ABSTRACT = "abstract";
  public static final String ABSTRACT_SECTION = "abstract_section";
  public static final String JOURNAL = "journal";
  public static final String JOURNAL_ABBREV = "journal_abbrev";
  public static final String YEAR = "year";
  public static final String PUB_DATE = "pub_date";
  public static final String DOI = "doi";
  public static final String AUTHOR = "author";
  public static final String LANGUAGE = "language";
  public static final String PUBLICATION_TYPE = "publication_type";
  public static final String KEYWORD = "keyword";
  public static final String MESH_UI = "mesh_ui";
  public static final String MESH = "mesh";
  public static final String MESH_MAJOR_UI = "mesh_major_ui";
  public static final String MESH_MAJOR = "mesh_major";
  public static final String MESH_TREE = "mesh_tree";
  /** One value per heading: UI, name, major flag and qualifiers, for showing the article. */
  public static final String MESH_HEADING_STORED = "mesh_heading_stored";
  public static final String AUTHOR_TEXT = "author_text";
  public static final String KEYWORD_TEXT = "keyword_text";
  public static final String MESH_TEXT = "mesh_text";
  public static final String INDEXED_AT = "indexed_at";

  public static final String ARTICLE_TYPE = "article";

  private ArticleFields() {}
}
