package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiWorkloadTest {
  @Test
  void theBooleanHistoryHasTenLinesThatBuildOnEachOther() throws Exception {
    JsonNode body = new ObjectMapper().readTree(ApiWorkload.history("asthma", "budesonide"));
    JsonNode lines = body.get("history");
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0).asText()).isEqualTo("(asthma)");
    assertThat(lines.get(1).asText()).isEqualTo("(budesonide)");
    assertThat(lines.get(9).asText()).startsWith("#9 NOT");
  }

  @Test
  void percentilesAreTheNearestRank() {
    List<Double> millis = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      millis.add((double) i);
    }
    ApiWorkload.Latencies l = ApiWorkload.Latencies.of(millis);
    assertThat(l.count()).isEqualTo(100);
    assertThat(l.p50()).isEqualTo(50);
    assertThat(l.p95()).isEqualTo(95);
    assertThat(l.p99()).isEqualTo(99);
    assertThat(l.mean()).isEqualTo(50.5);
  }

  @Test
  void onlyABodyThatIsOneJsonObjectPasses() {
    assertThat(ApiWorkload.jsonObject(bytes("{\"hits\":[]}\n"))).isTrue();
    assertThat(ApiWorkload.jsonObject(bytes("  {}"))).isTrue();
    assertThat(ApiWorkload.jsonObject(bytes(""))).isFalse();
    assertThat(ApiWorkload.jsonObject(bytes("{"))).isFalse();
    assertThat(ApiWorkload.jsonObject(bytes("{\"hits\":["))).isFalse();
    assertThat(ApiWorkload.jsonObject(bytes("<html><body>Error</body></html>"))).isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
