package org.litfacets.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Embeds query text at search time for semantic search; its model must be the one that made the
 * indexed vectors. The vectors of the most recent queries are kept: a facet click, a new sort or
 * the next page searches the same text again, and embedding it is the costliest part of a hybrid
 * search in this JVM (bge-small: about 3.4 ms of CPU). A model embeds a text alone the same way
 * every time, so a kept vector is the one the model would give. Thread-safe.
 */
public final class QueryEmbedder {

  /** About 1.6 MB of 384-dimension vectors. */
  static final int KEPT_QUERIES = 1024;

  private final String model;
  private final Function<List<String>, List<float[]>> embed;
  private final Map<String, float[]> recent =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > KEPT_QUERIES;
        }
      };

  /**
   * @param model the embedding model's name, as stored beside every article vector
   * @param embed the model's embedding of a batch of query texts
   */
  public QueryEmbedder(String model, Function<List<String>, List<float[]>> embed) {
    this.model = Objects.requireNonNull(model, "model");
    this.embed = Objects.requireNonNull(embed, "embed");
  }

  public String model() {
    return model;
  }

  /** The model's embedding of a batch of texts, none of them kept. */
  public Function<List<String>, List<float[]>> embed() {
    return embed;
  }

  /** The vector of one query text; callers must not change it. */
  float[] embed(String text) {
    synchronized (recent) {
      float[] kept = recent.get(text);
      if (kept != null) {
        return kept;
      }
    }
    // Embedded outside the lock: two requests for a new text may both embed it, to the same vector.
    float[] vector = embed.apply(List.of(text)).get(0);
    synchronized (recent) {
      recent.put(text, vector);
    }
    return vector;
  }
}
