package org.litfacets.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.article.RelationType;

class GuidelineTest {

  @Test
  void aCorpusIsReadByTheGuidelineItsRelationNamesTell() throws URISyntaxException {
    assertThat(Guideline.of(RelationFeaturesTest.tiny())).isEqualTo(Guideline.BIORED);
    assertThat(Guideline.of(RelationFeaturesTest.tinyCid())).isEqualTo(Guideline.CID);
  }

  @Test
  void aCorpusWithoutKnownRelationsHasNoGuideline() throws URISyntaxException {
    GoldAbstract a = RelationFeaturesTest.tiny().get(0);
    GoldAbstract unrelated =
        new GoldAbstract(a.pmid(), a.text(), a.sentences(), a.mentions(), Map.of());

    assertThatThrownBy(() -> Guideline.of(List.of(unrelated)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CID");
  }

  @Test
  void eachGuidelineReadsOnlyItsOwnLabels() {
    assertThat(Guideline.CID.outcome("CID")).isEqualTo("CID");
    assertThat(Guideline.CID.outcome("Positive_Correlation")).isEqualTo(RelationModel.NONE);
    assertThat(Guideline.BIORED.outcome("CID")).isEqualTo(RelationModel.NONE);
    assertThat(Guideline.BIORED.outcome("Bind")).isEqualTo("Bind");
    assertThat(Guideline.BIORED.outcome(null)).isEqualTo(RelationModel.NONE);

    assertThat(Guideline.CID.typeOf("CID")).isEqualTo(RelationType.POSITIVE_CORRELATION);
    assertThat(Guideline.CID.typeOf("Bind")).isNull();
    assertThat(Guideline.BIORED.typeOf("CID")).isNull();
    assertThat(Guideline.BIORED.typeOf(RelationModel.NONE)).isNull();
  }
}
