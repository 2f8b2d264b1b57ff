package org.litfacets.mesh.suggest;

import java.util.List;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshTerms;
import org.litfacets.mesh.MeshVocabulary;

/**
 * Maps each keyword to headings the way PubMed's Automatic Term Mapping does: the whole keyword if
 * it is an entry term, otherwise the longest runs of its words that are entry terms, left to right.
 * A heading's score is the share of the keyword its matched phrase covers, summed over keywords.
 */
final class ExactTermMapping {
  private final MeshVocabulary vocabulary;

  ExactTermMapping(MeshVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  List<Suggestion> suggest(List<String> keywords, int limit) {
    RankedCandidates candidates = new RankedCandidates(SuggestionMethod.EXACT);
    for (String keyword : keywords) {
      List<Descriptor> whole = vocabulary.byTerm(keyword);
      if (!whole.isEmpty()) {
        whole.forEach(d -> candidates.add(d, 1.0, keyword, matchedTerm(d, MeshTerms.key(keyword))));
        continue;
      }
      List<String> words = MeshTerms.tokens(keyword);
      int i = 0;
      while (i < words.size()) {
        int matchedEnd = -1;
        for (int j = words.size(); j > i && matchedEnd < 0; j--) {
          String phrase = String.join(" ", words.subList(i, j));
          // A lone short word ("ct", "ii") maps to too much to count as evidence on its own.
          if ((j - i > 1 || phrase.length() > 3) && !vocabulary.byKey(phrase).isEmpty()) {
            matchedEnd = j;
            double coverage = (double) (j - i) / words.size();
            for (Descriptor d : vocabulary.byKey(phrase)) {
              candidates.add(d, coverage, keyword, matchedTerm(d, phrase));
            }
          }
        }
        i = matchedEnd < 0 ? i + 1 : matchedEnd;
      }
    }
    return candidates.ranked(limit);
  }

  /** The entry term of the heading behind a normalised key, for evidence a user can read. */
  static String matchedTerm(Descriptor d, String key) {
    for (String term : d.entryTerms()) {
      if (MeshTerms.key(term).equals(key)) {
        return term;
      }
    }
    return d.name();
  }
}
