package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(4, Duration.ofMillis(1), Duration.ofMillis(2));

  @Test
  void retriesUntilSolrAnswersAndReportsEachRetry() {
    AtomicInteger calls = new AtomicInteger();
    List<String> retries = new ArrayList<>();
    String answer =
        backoff.run(
            "commit",
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw new SolrUnavailableException("Solr is unreachable", null);
              }
              return "ok";
            },
            retries::add);
    assertThat(answer).isEqualTo("ok");
    assertThat(retries)
        .hasSize(2)
        .first()
        .asString()
        .isEqualTo("Solr is unreachable (try 1 of 4); trying again in 0.0 s");
  }

  @Test
  void givesUpAfterTheLastTryAndSaysSo() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                backoff.run(
                    "commit",
                    () -> {
                      calls.incrementAndGet();
                      throw new SolrUnavailableException("Solr is unreachable", null);
                    },
                    m -> {}))
        .isInstanceOf(SolrUnavailableException.class)
        .hasMessageStartingWith("gave up after 4 tries over ")
        .hasMessageEndingWith(": Solr is unreachable");
    assertThat(calls).hasValue(4);
  }

  @Test
  void aRefusedRequestIsNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                backoff.run(
                    "index",
                    () -> {
                      calls.incrementAndGet();
                      throw new SolrRequestRejectedException("bad", 400, "bad", null);
                    },
                    m -> {}))
        .isInstanceOf(SolrRequestRejectedException.class);
    assertThat(calls).hasValue(1);
  }
}
