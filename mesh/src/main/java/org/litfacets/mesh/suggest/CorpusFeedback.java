package org.litfacets.mesh.suggest;

import java.util.List;
import java.util.function.Function;
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
    RankedCandidates candidates = new RankedCandidates(SuggestionMethod.FEEDBACK);
    HeadingVotes.of(vocabulary, articles)
        .forEach(
            (d, v) ->
                candidates.add(
                    d,
                    v.weight(),
                    null,
                    "heading of " + v.articles() + " of the top " + articles.size() + " articles"));
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
