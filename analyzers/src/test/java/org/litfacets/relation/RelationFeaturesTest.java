package org.litfacets.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.entity.EntityPair;

class RelationFeaturesTest {

  static List<GoldAbstract> tiny() throws URISyntaxException {
    return GoldAbstract.read(
        Path.of(RelationFeaturesTest.class.getResource("/relation/tiny.pubtator").toURI()));
  }

  @Test
  void readsGoldEntitiesAndRelationsWithCanonicalIds() throws URISyntaxException {
    GoldAbstract cisplatin = tiny().get(0);

    assertThat(cisplatin.sentences()).hasSize(4);
    assertThat(byKey(cisplatin.relations()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "disease:MESH:D007674|chemical:MESH:D002945", "Positive_Correlation",
                "disease:MESH:D007674|chemical:MESH:D004999", "Negative_Correlation"));
  }

  @Test
  void candidatesArePairsOfDistinctEntitiesOfTheTypesBioredRelates() throws URISyntaxException {
    GoldAbstract cisplatin = tiny().get(0);

    List<String> pairs =
        RelationFeatures.of(cisplatin.text(), cisplatin.sentences(), cisplatin.mentions()).stream()
            .map(c -> c.pair().key())
            .toList();

    // five entities besides the rats (species are related to nothing): ten pairs, each once
    assertThat(pairs)
        .containsExactlyInAnyOrder(
            "disease:MESH:D007674|chemical:MESH:D002945",
            "disease:MESH:D007674|chemical:MESH:D003404",
            "disease:MESH:D007674|chemical:MESH:D004999",
            "disease:MESH:D007674|gene:NCBIGene:7157",
            "chemical:MESH:D002945|chemical:MESH:D003404",
            "chemical:MESH:D002945|chemical:MESH:D004999",
            "chemical:MESH:D003404|chemical:MESH:D004999",
            "chemical:MESH:D002945|gene:NCBIGene:7157",
            "chemical:MESH:D003404|gene:NCBIGene:7157",
            "chemical:MESH:D004999|gene:NCBIGene:7157");
  }

  @Test
  void describesThePairFromTheSentencesThatMentionBoth() throws URISyntaxException {
    GoldAbstract cisplatin = tiny().get(0);

    RelationFeatures.Candidate induced =
        candidate(cisplatin, "disease:MESH:D007674|chemical:MESH:D002945");
    RelationFeatures.Candidate apart =
        candidate(cisplatin, "disease:MESH:D007674|gene:NCBIGene:7157");

    // "Cisplatin induces nephrotoxicity in rats." and "Amifostine prevented cisplatin-induced
    // nephrotoxicity."
    assertThat(induced.sharedSentences()).isEqualTo(2);
    assertThat(induced.features())
        .contains(
            "pair=disease-chemical",
            "shared=2",
            "disease-chemical|shared=2",
            "sharedTitle",
            "sentenceGap=<=0",
            "chemical.mentions=3-4",
            "disease.mentions=2",
            "chemical.mostMentioned",
            "disease.inTitle",
            "disease-chemical|prominent=4",
            "cue=induce",
            "cue=inhibit",
            "cueBetween=induce",
            "disease-chemical|cueBetween=induce",
            "between=induces",
            "between=induced",
            "disease-chemical|between=induces",
            "closest=1-2",
            "shortestSentence=<=10",
            "mentionsBetween=<=0");
    assertThat(induced.features())
        .doesNotContain("cueBetween=inhibit", "between=prevented", "gene.inTitle");
    // TP53 is only in the last sentence, the one after the last nephrotoxicity
    assertThat(apart.sharedSentences()).isZero();
    assertThat(apart.features())
        .contains("shared=<=0", "sentenceGap=1", "gene.mentions=<=1")
        .noneMatch(
            f -> f.startsWith("between=") || f.startsWith("cue") || f.startsWith("closest="));
  }

  @Test
  void cueWordsMatchStemsOrShortWholeWords() {
    assertThat(RelationFeatures.cue("inhibitors")).isEqualTo("inhibit");
    assertThat(RelationFeatures.cue("not")).isEqualTo("negation");
    assertThat(RelationFeatures.cue("notably")).isNull();
    assertThat(RelationFeatures.cue("patients")).isNull();
  }

  @Test
  void bucketsNameTheirRange() {
    assertThat(RelationFeatures.bucket(0, 0, 1, 3)).isEqualTo("<=0");
    assertThat(RelationFeatures.bucket(1, 0, 1, 3)).isEqualTo("1");
    assertThat(RelationFeatures.bucket(3, 0, 1, 3)).isEqualTo("2-3");
    assertThat(RelationFeatures.bucket(9, 0, 1, 3)).isEqualTo("4+");
  }

  /** Relations by their pair's key, e.g. "disease:MESH:D007674|chemical:MESH:D002945". */
  static Map<String, String> byKey(Map<EntityPair, String> relations) {
    Map<String, String> out = new HashMap<>();
    relations.forEach((pair, type) -> out.put(pair.key(), type));
    return out;
  }

  private static RelationFeatures.Candidate candidate(GoldAbstract a, String key) {
    return RelationFeatures.of(a.text(), a.sentences(), a.mentions()).stream()
        .filter(c -> c.pair().key().equals(key))
        .findFirst()
        .orElseThrow();
  }
}
