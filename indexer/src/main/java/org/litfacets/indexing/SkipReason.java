package org.litfacets.indexing;

/** Why a readable record was deliberately left out of the index. */
public enum SkipReason {
  NO_ABSTRACT("no abstract");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
