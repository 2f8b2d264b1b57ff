package org.litfacets.query;

/**
 * Where a term is searched. One value per PubMed field tag; Ovid's field codes map onto these (see
 * {@link FieldTags}). MeSH headings and dates are not fields of a term but nodes of their own
 * ({@link Query.Heading}, {@link Query.DateRange}).
 */
public enum Field {
  /**
   * No field given: PubMed applies Automatic Term Mapping, Ovid searches its default (.mp.) fields.
   */
  UNTAGGED(null, null),
  TITLE_ABSTRACT("tiab", "ti,ab"),
  TITLE("ti", "ti"),
  ABSTRACT("ab", "ab"),
  /**
   * PubMed's text words: title, abstract, MeSH, keywords, substances; Ovid's multi-purpose .mp. is
   * the closest.
   */
  TEXT_WORD("tw", "mp"),
  ALL_FIELDS("all", "af"),
  /**
   * A subheading on its own, whatever heading it qualifies (PubMed [sh], Ovid's floating subheading
   * .fs.).
   */
  SUBHEADING("sh", "fs"),
  PUBLICATION_TYPE("pt", "pt"),
  AUTHOR("au", "au"),
  LANGUAGE("la", "lg"),
  JOURNAL("ta", "jn"),
  PMID("pmid", "ui"),
  /** Author keywords (PubMed's "Other Term", Ovid's keyword heading word). */
  KEYWORD("ot", "kf"),
  /** Substance names and supplementary concepts. */
  SUBSTANCE("nm", "nm"),
  DOI("doi", "do");

  private final String pubmedTag;
  private final String ovidCode;

  Field(String pubmedTag, String ovidCode) {
    this.pubmedTag = pubmedTag;
    this.ovidCode = ovidCode;
  }

  /** The short PubMed tag without brackets, e.g. {@code tiab}; null for {@link #UNTAGGED}. */
  public String pubmedTag() {
    return pubmedTag;
  }

  /** The Ovid field code without dots, e.g. {@code ti,ab}; null for {@link #UNTAGGED}. */
  public String ovidCode() {
    return ovidCode;
  }
}
