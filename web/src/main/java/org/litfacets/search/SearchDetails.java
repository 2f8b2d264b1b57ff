package org.litfacets.search;

import java.util.List;
import org.litfacets.article.EntityType;

/**
 * What a Boolean search searches, for people to check it: the MeSH headings (as written and as
 * Automatic Term Mapping added them), the fields as PubMed tags, the mappings, the index terms each
 * truncated word expands to, and the entities and relations the query names, as the index resolved
 * them.
 */
public record SearchDetails(
    List<Heading> headings,
    List<String> fields,
    List<Mapping> mappings,
    List<Truncation> truncations,
    List<Entity> entities,
    List<Relation> relations) {
  public SearchDetails {
    headings = List.copyOf(headings);
    fields = List.copyOf(fields);
    mappings = List.copyOf(mappings);
    truncations = List.copyOf(truncations);
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }

  /** The same search with the expansions of its truncated words. */
  public SearchDetails withTruncations(List<Truncation> expanded) {
    return new SearchDetails(headings, fields, mappings, expanded, entities, relations);
  }

  /**
   * An entity of the query and the identifier it searches (every synonym with it).
   *
   * @param written as the query wrote it, {@code @CHEMICAL_adriamycin}
   * @param name the identifier's normalised name
   */
  public record Entity(String written, EntityType type, String id, String name) {}

  /**
   * A relation search: articles whose stored relations link the two entities.
   *
   * @param relationType ANY or one of BioRED's types
   */
  public record Relation(String relationType, Entity first, Entity second) {}

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
