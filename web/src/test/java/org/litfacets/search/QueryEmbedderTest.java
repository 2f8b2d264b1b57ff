package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryEmbedderTest {

  private final List<String> embedded = new ArrayList<>();

  /** A stand-in model whose vector is the text's length, and which records what it embeds. */
  private final QueryEmbedder queries =
      new QueryEmbedder(
          "test-model",
          texts -> {
            embedded.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length()}).toList();
          });

  @Test
  void aQuerySearchedAgainIsNotEmbeddedAgain() {
    float[] first = queries.embed("asthma in children");
    float[] again = queries.embed("asthma in children");
    queries.embed("asthma");

    assertThat(again).isSameAs(first).containsExactly(18f);
    assertThat(embedded).containsExactly("asthma in children", "asthma");
  }

  @Test
  void keepsOnlyTheMostRecentQueries() {
    queries.embed("q0");
    for (int i = 1; i <= QueryEmbedder.KEPT_QUERIES; i++) {
      queries.embed("q" + i);
      queries.embed("q0");
    }
    embedded.clear();

    queries.embed("q0");
    queries.embed("q1");

    // q0, used throughout, was kept; q1, the least recently used, made way for the last query
    assertThat(embedded).containsExactly("q1");
  }
}
