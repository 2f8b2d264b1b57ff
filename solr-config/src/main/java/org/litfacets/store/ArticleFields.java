package org.litfacets.store;

import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EntityType;

/**
 * Field names of the litfacets schema (solr-config's schema.xml), in one place for writers and
 * readers.
 */
public final class ArticleFields {
  /** The unique key: the PMID for an article, PMID-sINDEX for one of its sentences. */
  public static final String ID = "id";

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

  /** Qualifier names of NLM's headings, lower case ("drug therapy"): PubMed's [sh]. */
  public static final String MESH_QUALIFIER = "mesh_qualifier";

  /**
   * A heading's UI with one of its qualifiers ("D001249/drug therapy"): PubMed's {@code asthma/drug
   * therapy[mh]}.
   */
  public static final String MESH_UI_QUALIFIER = "mesh_ui_qualifier";

  /**
   * Descriptor UIs litfacets suggests for an article NLM has not indexed; never mixed with NLM's
   * headings.
   */
  public static final String MESH_SUGGESTED_UI = "mesh_suggested_ui";

  /** One value per heading: UI, name, major flag and qualifiers, for showing the article. */
  public static final String MESH_HEADING_STORED = "mesh_heading_stored";

  public static final String AUTHOR_TEXT = "author_text";
  public static final String KEYWORD_TEXT = "keyword_text";
  public static final String MESH_TEXT = "mesh_text";

  /**
   * Journal names, full and abbreviated, as words (copied from {@link #JOURNAL} and {@link
   * #JOURNAL_ABBREV}).
   */
  public static final String JOURNAL_TEXT = "journal_text";

  /**
   * Publication types matched whole but regardless of case (copied from {@link #PUBLICATION_TYPE}).
   */
  public static final String PUBLICATION_TYPE_KEY = "publication_type_key";

  public static final String INDEXED_AT = "indexed_at";

  /** One value per sentence: start, end, role, labels. */
  public static final String SENTENCE_STORED = "sentence_stored";

  /** One value per entity mention: start, end, type, id, name. */
  public static final String MENTION_STORED = "mention_stored";

  private static final String ENTITY_PREFIX = "entity_";
  private static final String ENTITY_LABEL_SUFFIX = "_label";

  /** The field of one type's identifiers, e.g. entity_chemical. */
  public static String entityIds(EntityType type) {
    return ENTITY_PREFIX + type.key();
  }

  /** The facet field of one type's entities, "name|id" values, e.g. entity_chemical_label. */
  public static String entityLabels(EntityType type) {
    return ENTITY_PREFIX + type.key() + ENTITY_LABEL_SUFFIX;
  }

  /** Entities that share a sentence, directed and both ways round ({@link EntityValues#link}). */
  public static final String ENTITY_LINK = "entity_link";

  /**
   * The classifier's relations, directed and both ways round with their type ({@link
   * EntityValues#relation}).
   */
  public static final String ENTITY_RELATION = "entity_relation";

  /**
   * Names and surface forms of the article's entities, for autocomplete and lookup ({@link
   * EntityValues#name}).
   */
  public static final String ENTITY_NAME = "entity_name";

  /** One value per relation: type, id, type, id, relation type, probability. */
  public static final String RELATION_STORED = "relation_stored";

  /** "challenge" and/or "direction" when some sentence states one. */
  public static final String SENTENCE_LABEL = "sentence_label_ss";

  /**
   * Field of a sentence document holding the probability of one of its labels (a float dynamic
   * field).
   */
  public static String sentenceConfidence(ChallengeLabel label) {
    return "sentence_confidence_" + label.key() + "_f";
  }

  public static final String VECTOR = "vector";
  public static final String EMBEDDING_MODEL = "embedding_model";

  public static final String ARTICLE_TYPE = "article";
  public static final String SENTENCE_TYPE = "sentence";
  public static final String SENTENCE_TEXT = "sentence_text";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String SENTENCE_ROLE = "sentence_role";

  /**
   * Where a sentence stands, {@link #SECTION_TITLE} or {@link #SECTION_ABSTRACT}: pair search
   * weighs titles most.
   */
  public static final String SENTENCE_SECTION = "sentence_section_s";

  public static final String SECTION_TITLE = "title";
  public static final String SECTION_ABSTRACT = "abstract";

  /**
   * The sentences before and after, and the article's title and journal, stored on a sentence for
   * showing it.
   */
  public static final String CONTEXT_BEFORE = "context_before_stored";

  public static final String CONTEXT_AFTER = "context_after_stored";
  public static final String ARTICLE_TITLE = "article_title_stored";
  public static final String ARTICLE_JOURNAL = "article_journal_stored";

  private ArticleFields() {}
}
