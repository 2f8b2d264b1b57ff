package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryKindTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "asthma AND children",
        "aspirin OR ibuprofen",
        "asthma NOT adults",
        "\"heart attack\"",
        "asthma[mh]",
        "(asthma)",
        "child*",
        "wheez$",
        "#1",
        "#3 AND #4",
        "exp Asthma/",
        "Asthma/",
        "wheeze.ti,ab.",
        "pain adj3 hip",
        "title:asthma",
        "mesh_exp:D003920",
        "asthma",
        ""
      })
  void syntaxOfTheQueryLanguageMakesABooleanQuery(String query) {
    assertThat(QueryKind.of(query)).isEqualTo(QueryKind.BOOLEAN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0-dimensional biomaterials lack inductive properties.",
        "Does aspirin reduce the risk of stroke in diabetes?",
        "aspirin and stroke or bleeding",
        "IL-6/STAT3 signalling in cancer",
        "The ratio is 3:1 in women",
        "aspirin stroke"
      })
  void plainWordsAndSentencesAreFreeText(String query) {
    assertThat(QueryKind.of(query)).isEqualTo(QueryKind.TEXT);
  }

  @org.junit.jupiter.api.Test
  void anExplicitChoiceOverridesTheRule() {
    assertThat(QueryKind.parse("text", "asthma AND children")).isEqualTo(QueryKind.TEXT);
    assertThat(QueryKind.parse("boolean", "aspirin stroke")).isEqualTo(QueryKind.BOOLEAN);
    assertThat(QueryKind.parse("auto", "aspirin stroke")).isEqualTo(QueryKind.TEXT);
    assertThatThrownBy(() -> QueryKind.parse("fuzzy", "x"))
        .hasMessageContaining("kind must be auto, boolean or text");
  }
}
