package org.litfacets.search;

import java.util.List;

/**
 * What a Boolean search searches, for people to check it: the MeSH headings (as written and as
 * Automatic Term Mapping added them), the fields as PubMed tags, the mappings, and the index terms
 * each truncated word expands to.
 */
public record SearchDetails(
    List<Heading> headings,
    List<String> fields,
    List<Mapping> mappings,
    List<Truncation> truncations) {
  public SearchDetails {
    headings = List.copyOf(headings);
    fields = List.copyOf(fields);
    mappings = List.copyOf(mappings);
    truncations = List.copyOf(truncations);
  }

  /**
   * @param descendants how many narrower headings explosion adds (counted whether or not the search
   *     explodes)
   * @param subheading the qualifier's name, null when none
   */
  public record Heading(
      String ui, String name, boolean exploded, int descendants, String subheading) {}

  /** An untagged term that Automatic Term Mapping also searches as a heading (exploded). */
  public record Mapping(String term, String heading, String ui) {}

  /**
   * @param expandsTo the most frequent index terms the word matches, at most {@value
   *     BooleanService#SHOWN_EXPANSIONS}
   * @param more how many other terms it matches
   */
  public record Truncation(String term, List<String> expandsTo, long more) {
    public Truncation {
      expandsTo = List.copyOf(expandsTo);
    }
  }
}
