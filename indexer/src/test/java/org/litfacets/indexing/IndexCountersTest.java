package org.litfacets.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexCountersTest {

  @Test
  void theLimitingStageIsTheBusiestPerThreadNamedAfterItsSlowestStep() {
    IndexCounters counters = new IndexCounters();
    counters.setParallelism(2, 2);
    assertThat(counters.limitingStage()).isEmpty();

    counters.countStageTime(IndexCounters.READ, 3_000_000_000L);
    counters.countEnricherTime("entities", 2_000_000_000L, 1_500_000_000L);
    counters.countEnricherTime("challenges", 6_000_000_000L, 5_000_000_000L);
    counters.countStageTime(IndexCounters.WRITE, 4_000_000_000L);

    // Enrichment: 8 s over 2 workers = 4 s, above reading (3 s) and Solr (4 s over 2 writers).
    assertThat(counters.stageSeconds())
        .containsEntry("read", 3.0)
        .containsEntry("enrichment", 4.0)
        .containsEntry("solr", 2.0);
    assertThat(counters.limitingStage()).isEqualTo("enrichment (challenges 75%)");
    assertThat(counters.enricherCpuSeconds())
        .containsExactly(Map.entry("entities", 1.5), Map.entry("challenges", 5.0));

    counters.countStageTime(IndexCounters.READ, 2_000_000_000L);
    assertThat(counters.limitingStage()).isEqualTo("read");
  }

  @Test
  void theSummarySaysWhichStageLimitedTheRun() {
    IndexCounters counters = new IndexCounters();
    counters.setParallelism(1, 2);
    counters.countRead();
    counters.countIndexed(1);
    counters.countEnricherTime("vectors", 1_000_000L, 900_000L);
    counters.countStageTime(IndexCounters.WRITE, 10_000_000L);

    assertThat(counters.summary())
        .contains("enrichment on 1 worker(s), ms of one worker per article: vectors 1.0")
        .contains("limited by solr");
  }
}
