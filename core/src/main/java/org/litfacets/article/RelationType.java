package org.litfacets.article;

import java.util.Optional;

/** BioRED's relation types between two entities of an abstract; every type is symmetric. */
public enum RelationType {
  ASSOCIATION("Association"),
  POSITIVE_CORRELATION("Positive_Correlation"),
  NEGATIVE_CORRELATION("Negative_Correlation"),
  BIND("Bind"),
  COTREATMENT("Cotreatment"),
  COMPARISON("Comparison"),
  DRUG_INTERACTION("Drug_Interaction"),
  CONVERSION("Conversion");

  private final String corpusName;

  RelationType(String corpusName) {
    this.corpusName = corpusName;
  }

  /** The name BioRED's files use, e.g. "Positive_Correlation". */
  public String corpusName() {
    return corpusName;
  }

  /** The type a corpus names so; empty for names outside BioRED, such as BC5CDR's "CID". */
  public static Optional<RelationType> ofCorpusName(String name) {
    for (RelationType type : values()) {
      if (type.corpusName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
