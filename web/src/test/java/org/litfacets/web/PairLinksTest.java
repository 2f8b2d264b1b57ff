package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairLinksTest {
  private final PairLinks links =
      new PairLinks(
          "chemical:MESH:D004317",
          "@DISEASE_Heart Failure",
          "Positive_Correlation",
          List.of("year:2020"));

  @Test
  void togglesTheRelationTypeAndFacetFiltersBackToPageOne() {
    String pair = "/pairs?e1=chemical%3AMESH%3AD004317&e2=%40DISEASE_Heart+Failure";
    assertThat(links.toggle("relation", "Positive_Correlation"))
        .isEqualTo(pair + "&filter=year%3A2020");
    assertThat(links.toggle("relation", "Bind"))
        .isEqualTo(pair + "&relation=Bind&filter=year%3A2020");
    assertThat(links.toggle("year", "2020")).isEqualTo(pair + "&relation=Positive_Correlation");
    assertThat(links.toggle("journal", "Lancet"))
        .isEqualTo(
            pair + "&relation=Positive_Correlation&filter=year%3A2020&filter=journal%3ALancet");
    assertThat(links.page(3))
        .isEqualTo(pair + "&relation=Positive_Correlation&filter=year%3A2020&page=3");
    assertThat(links.clearFilters()).isEqualTo(pair);
  }

  @Test
  void replacesOrDropsOneEntityKeepingTheNarrowing() {
    assertThat(links.with("e2", "disease:MESH:D006333"))
        .isEqualTo(
            "/pairs?e1=chemical%3AMESH%3AD004317"
                + "&e2=disease%3AMESH%3AD006333&relation=Positive_Correlation&filter=year%3A2020");
    assertThat(links.without("e1"))
        .isEqualTo(
            "/pairs?e2=%40DISEASE_Heart+Failure&relation=Positive_Correlation&filter=year%3A2020");
    assertThat(new PairLinks("", "", null, List.of()).page(1)).isEqualTo("/pairs");
  }
}
