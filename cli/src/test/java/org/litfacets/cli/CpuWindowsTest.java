package org.litfacets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.litfacets.indexing.IndexProgress;

class CpuWindowsTest {

  @Test
  void closesAWindowAtTheFirstReportPastItsEndAndSplitsItsCpu() {
    AtomicLong solr = new AtomicLong();
    CpuWindows windows = new CpuWindows(IndexProgress.NONE, 100, solr::get);
    solr.set(50_000_000);
    windows.reached(50, 0.5);
    solr.set(200_000_000);
    windows.reached(100, 1.0);
    solr.set(500_000_000);
    windows.reached(150, 2.0);
    windows.reached(250, 3.0);
    // not a full window after 250: left out
    windows.reached(300, 4.0);

    Map<String, Map<String, Double>> ms = windows.perArticleMs();

    assertEquals(List.of("1-100", "101-250"), List.copyOf(ms.keySet()));
    assertEquals(2.0, ms.get("1-100").get("solr")); // 0.2 s over 100 articles
    assertEquals(10.0, ms.get("1-100").get("steps")); // 1.0 s over 100 articles
    assertEquals(13.3, ms.get("101-250").get("steps")); // 2.0 s over 150 articles
    assertEquals(2.0, ms.get("101-250").get("solr"));
    for (Map<String, Double> w : ms.values()) {
      assertEquals(w.get("cpu"), w.get("steps") + w.get("outside_steps"), 0.11);
      assertEquals(w.get("cpu"), w.get("jit") + w.get("without_jit"), 0.11);
      assertTrue(w.get("jit") >= 0, w.toString());
    }
  }
}
