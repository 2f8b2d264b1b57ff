package org.litfacets.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The local node as a user meets it: started, refused on a locked index, stopped cleanly. */
class LocalSolrIT {

  @Test
  void aSecondNodeOnTheSameIndexIsRefusedClearlyAndTheFirstStopsCleanly() throws Exception {
    Path home = Files.createTempDirectory("litfacets-local");
    try (LocalSolr first = LocalSolr.start(home, 0, "256m");
        SolrConnection solr = SolrConnection.open(first.baseUrl(), ConfigSet.COLLECTION)) {
      solr.ping();
      assertThat(solr.isCloud()).isFalse();
      assertThatThrownBy(() -> LocalSolr.start(home, 0, "256m"))
          .isInstanceOf(SolrStartException.class)
          .hasMessageContaining("is locked by another Solr process");
    }
    // After a clean stop the index lock is released: a new node opens the same index.
    try (LocalSolr again = LocalSolr.start(home, 0, "256m");
        SolrConnection solr = SolrConnection.open(again.baseUrl(), ConfigSet.COLLECTION)) {
      solr.ping();
    }
  }
}
