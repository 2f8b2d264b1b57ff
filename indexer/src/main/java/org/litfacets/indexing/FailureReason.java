package org.litfacets.indexing;

/** Why a record (or a whole file) could not be indexed. */
public enum FailureReason {
  MALFORMED_RECORD("malformed record"),
  UNREADABLE_FILE("unreadable file"),
  ENRICHMENT_FAILED("enrichment failed"),
  REJECTED_BY_SOLR("rejected by Solr"),
  SOLR_UNAVAILABLE("not written, Solr unavailable");

  private final String description;

  FailureReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
