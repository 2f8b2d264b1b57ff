package org.litfacets.query;

import java.util.List;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;

/**
 * PubMed's Automatic Term Mapping for an untagged term: the MeSH headings that have the term or
 * phrase as an entry term (the vocabulary's exact entry-term match, the same lookup as the
 * suggester's exact method). A translator searches the term in all fields OR these headings,
 * exploded. PubMed maps nothing for quoted or truncated terms.
 */
public final class AutomaticTermMapping {
  private final MeshVocabulary vocabulary;

  public AutomaticTermMapping(MeshVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The headings an untagged, unquoted, untruncated term maps to; none for any other term. */
  public List<Descriptor> headings(Query.Term term) {
    if (term.field() != Field.UNTAGGED || term.quoted() || term.truncated()) {
      return List.of();
    }
    return vocabulary.byTerm(term.text());
  }
}
