package org.litfacets.mesh.suggest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;

/**
 * Pseudo-relevance feedback: the headings carried by the top articles the clause retrieves, each
 * article's vote discounted by its rank as in DCG.
 */
final class CorpusFeedback {
  private final MeshVocabulary vocabulary;
  private final Function<String, List<List<String>>> meshOfTopArticles;

  CorpusFeedback(
      MeshVocabulary vocabulary, Function<String, List<List<String>>> meshOfTopArticles) {
    this.vocabulary = vocabulary;
    this.meshOfTopArticles = meshOfTopArticles;
  }

  List<Suggestion> suggest(List<String> keywords, int limit) {
    String query = query(keywords);
    List<List<String>> articles = meshOfTopArticles.apply(query);
    Map<Descriptor, double[]> votes = new LinkedHashMap<>();
    for (int rank = 0; rank < articles.size(); rank++) {
      double weight = 1 / (Math.log(rank + 2) / Math.log(2));
      for (String ui : new LinkedHashSet<>(articles.get(rank))) {
        vocabulary
            .byUi(ui)
            .ifPresent(
                d -> {
                  double[] v = votes.computeIfAbsent(d, x -> new double[2]);
                  v[0] += weight;
                  v[1]++;
                });
      }
    }
    RankedCandidates candidates = new RankedCandidates(SuggestionMethod.FEEDBACK);
    votes.forEach(
        (d, v) ->
            candidates.add(
                d,
                v[0],
                null,
                "heading of " + (int) v[1] + " of the top " + articles.size() + " articles"));
    return candidates.ranked(limit);
  }

  /** The clause as a query string: keywords ORed, multi-word ones quoted as phrases. */
  static String query(List<String> keywords) {
    StringBuilder q = new StringBuilder();
    for (String k : keywords) {
      String clean = k.replace("\"", " ").trim();
      if (clean.isEmpty()) {
        continue;
      }
      if (q.length() > 0) {
        q.append(" OR ");
      }
      q.append(clean.contains(" ") ? "\"" + clean + "\"" : clean);
    }
    return q.toString();
  }
}
