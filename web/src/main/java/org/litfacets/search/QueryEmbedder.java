package org.litfacets.search;

import java.util.List;
import java.util.function.Function;

/**
 * Embeds query text at search time for semantic search; its model must be the one that made the
 * indexed vectors.
 *
 * @param model the embedding model's name, as stored beside every article vector
 */
public record QueryEmbedder(String model, Function<List<String>, List<float[]>> embed) {

  float[] embed(String text) {
    return embed.apply(List.of(text)).get(0);
  }
}
