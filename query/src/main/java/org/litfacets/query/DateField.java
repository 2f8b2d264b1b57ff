package org.litfacets.query;

/** Which date of a citation a {@link Query.DateRange} limits. */
public enum DateField {
  PUBLICATION("dp", "yr"),
  /** When the citation entered PubMed (Ovid's "ed", the date CLEF TAR queries limit). */
  ENTRY("edat", "ed"),
  CREATE("crdt", "dc");

  private final String pubmedTag;
  private final String ovidCode;

  DateField(String pubmedTag, String ovidCode) {
    this.pubmedTag = pubmedTag;
    this.ovidCode = ovidCode;
  }

  public String pubmedTag() {
    return pubmedTag;
  }

  public String ovidCode() {
    return ovidCode;
  }
}
