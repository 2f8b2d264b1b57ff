package org.litfacets.mesh.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Scores every heading by its best cosine similarity with any keyword, and with the keywords read
 * together (which catches a heading that names what the keywords share).
 */
final class SemanticMatching {
  private final DescriptorVectors vectors;
  private final Function<List<String>, List<float[]>> embedder;

  SemanticMatching(DescriptorVectors vectors, Function<List<String>, List<float[]>> embedder) {
    this.vectors = vectors;
    this.embedder = embedder;
  }

  List<Suggestion> suggest(List<String> keywords, int limit) {
    List<String> texts = new ArrayList<>(keywords);
    if (keywords.size() > 1) {
      texts.add(String.join("; ", keywords));
    }
    List<float[]> embedded = embedder.apply(texts);
    List<float[]> queries = new ArrayList<>(embedded.size());
    for (float[] v : embedded) {
      queries.add(DescriptorVectors.unit(v));
    }
    int[] bestText = new int[vectors.size()];
    float[] best = vectors.bestSimilarities(queries, bestText);
    // Only the top few hundred of 30,000 headings matter: select them with a small heap instead of
    // sorting all.
    PriorityQueue<Integer> top =
        new PriorityQueue<>(limit + 1, (x, y) -> Float.compare(best[x], best[y]));
    for (int i = 0; i < best.length; i++) {
      if (top.size() < limit) {
        top.add(i);
      } else if (best[i] > best[top.peek()]) {
        top.poll();
        top.add(i);
      }
    }
    List<Integer> order = new ArrayList<>(top);
    order.sort(
        (x, y) -> best[x] != best[y] ? Float.compare(best[y], best[x]) : Integer.compare(x, y));
    RankedCandidates candidates = new RankedCandidates(SuggestionMethod.SEMANTIC);
    for (int i : order) {
      candidates.max(
          vectors.descriptor(i), best[i], texts.get(bestText[i]), vectors.descriptor(i).name());
    }
    return candidates.ranked(limit);
  }
}
