package org.litfacets.mesh.suggest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;

/**
 * The headings of a ranked list of articles as votes: the article at rank r (the first is 1) gives
 * each of its headings 1 / log2(r + 1), the discount of DCG, so that the first articles count most.
 */
public final class HeadingVotes {
  /** A heading's summed weight and how many of the articles carry it. */
  public record Vote(double weight, int articles) {}

  private HeadingVotes() {}

  /**
   * The votes of the articles' heading identifiers, best article first, in the order the headings
   * were first met; identifiers the vocabulary does not know are passed over.
   */
  public static Map<Descriptor, Vote> of(MeshVocabulary vocabulary, List<List<String>> ranked) {
    Map<Descriptor, Vote> votes = new LinkedHashMap<>();
    for (int rank = 0; rank < ranked.size(); rank++) {
      double weight = 1 / (Math.log(rank + 2) / Math.log(2));
      for (String ui : new LinkedHashSet<>(ranked.get(rank))) {
        vocabulary
            .byUi(ui)
            .ifPresent(
                d ->
                    votes.merge(
                        d,
                        new Vote(weight, 1),
                        (a, b) -> new Vote(a.weight() + b.weight(), a.articles() + 1)));
      }
    }
    return votes;
  }
}
