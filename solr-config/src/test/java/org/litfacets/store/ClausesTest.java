package org.litfacets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

  @Test
  void quotesAndEscapesEveryValueSoThatNoneIsReadAsSyntax() {
    assertThat(Clauses.term("journal", "The \"Lancet\""))
        .isEqualTo("journal:\"The \\\"Lancet\\\"\"");
    assertThat(Clauses.notTerm("id", "1\\")).isEqualTo("-id:\"1\\\\\"");
    assertThat(Clauses.anyTerm("pmid", List.of("1", ") OR (*:*")))
        .isEqualTo("pmid:(\"1\" OR \") OR (*:*\")");
    assertThat(Clauses.prefix("entity_relation", "chemical:MESH:D1>gene:x y*"))
        .isEqualTo("entity_relation:chemical\\:MESH\\:D1>gene\\:x\\ y\\**");
  }

  @Test
  void termListsEscapeTheCommasThatSeparateThem() {
    assertThat(Clauses.termList(List.of("MESH:D1", "a,b", "c\\d")))
        .isEqualTo("MESH:D1,a\\,b,c\\\\d");
  }

  @Test
  void manyPmidsAreOneTermsQueryAndAnythingElseIsRefused() {
    assertThat(Clauses.anyPmid(List.of("1", "23456789"))).isEqualTo("{!terms f=pmid}1,23456789");
    assertThatThrownBy(() -> Clauses.anyPmid(List.of("1", "2} OR *:*")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2} OR *:*'");
  }
}
