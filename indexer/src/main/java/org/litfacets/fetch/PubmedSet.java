package org.litfacets.fetch;

/** The two PubMed distributions NLM publishes: the yearly baseline and the daily update files. */
public enum PubmedSet {
  BASELINE("baseline/"),
  UPDATES("updatefiles/");

  private final String folder;

  PubmedSet(String folder) {
    this.folder = folder;
  }

  /**
   * The folder under the PubMed base URL, with a trailing slash so relative links resolve inside
   * it.
   */
  public String folder() {
    return folder;
  }
}
