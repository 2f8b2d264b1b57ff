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

  static List<GoldAbstract> tinyCid() throws URISyntaxException {
    return GoldAbstract.read(
        Path.of(RelationFeaturesTest.class.getResource("/relation/tiny-cid.pubtator").toURI()));
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
        RelationFeatures.of(
                cisplatin.text(),
                cisplatin.sentences(),
                cisplatin.mentions(),
                Guideline.BIORED,
                Hierarchy.NONE)
            .stream()
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
  void describesHowSalientEachEntityIsAndACueRightBetweenThem() throws URISyntaxException {
    GoldAbstract cisplatin = tiny().get(0);

    // cisplatin: 3 mentions from the title on; nephrotoxicity: 2, in the title and the third
    // sentence, both shared with cisplatin; creatinine: 1 mention, second of the chemicals
    assertThat(candidate(cisplatin, "disease:MESH:D007674|chemical:MESH:D002945").features())
        .contains(
            "chemical.rank=<=1",
            "disease.rank=<=1",
            "chemical.first=<=0",
            "disease-chemical|ranks=<=1,<=1",
            "disease-chemical|shared=2|prominent=4",
            "sharedShare=100+",
            "disease-chemical|nearCue=induce");
    assertThat(candidate(cisplatin, "disease:MESH:D007674|chemical:MESH:D003404").features())
        .contains(
            "chemical.rank=2",
            "chemical.first=1",
            "disease-chemical|ranks=<=1,2",
            "disease-chemical|shared=<=0|prominent=2",
            "sharedShare=<=0")
        .noneMatch(f -> f.contains("nearCue"));
  }

  @Test
  void theCidGuidelineRelatesChemicalsToDiseasesAndTagsItsCopyOfEachFeature()
      throws URISyntaxException {
    GoldAbstract cisplatin = tiny().get(0);

    List<RelationFeatures.Candidate> cid =
        RelationFeatures.of(
            cisplatin.text(),
            cisplatin.sentences(),
            cisplatin.mentions(),
            Guideline.CID,
            Hierarchy.NONE);

    assertThat(cid.stream().map(c -> c.pair().key()))
        .containsExactlyInAnyOrder(
            "disease:MESH:D007674|chemical:MESH:D002945",
            "disease:MESH:D007674|chemical:MESH:D003404",
            "disease:MESH:D007674|chemical:MESH:D004999");
    assertThat(cid.get(0).features())
        .contains("pair=disease-chemical", "cid#pair=disease-chemical", "cid#shared=2")
        .noneMatch(f -> f.startsWith("biored#"));
    assertThat(cid.get(0).features().length % 2).isZero();
  }

  @Test
  void aDiseaseWithANarrowerOneInTheAbstractSaysSo() throws URISyntaxException {
    GoldAbstract clonidine = tinyCid().get(0);
    Hierarchy hypotension = HierarchyTest.fixture();

    List<RelationFeatures.Candidate> cid =
        RelationFeatures.of(
            clonidine.text(),
            clonidine.sentences(),
            clonidine.mentions(),
            Guideline.CID,
            hypotension);

    // "Clonidine-induced orthostatic hypotension." names the narrower one with clonidine
    assertThat(features(cid, "disease:MESH:D007022|chemical:MESH:D003000"))
        .contains(
            "disease-chemical|disease.hasNarrower",
            "disease-chemical|disease.narrowerSharesSentence");
    // naloxone shares no sentence with orthostatic hypotension
    assertThat(features(cid, "disease:MESH:D007022|chemical:MESH:D009270"))
        .contains("disease-chemical|disease.hasNarrower")
        .doesNotContain("disease-chemical|disease.narrowerSharesSentence");
    assertThat(features(cid, "disease:MESH:D007024|chemical:MESH:D003000"))
        .noneMatch(f -> f.contains("Narrower") || f.contains("narrower"));
  }

  private static List<String> features(List<RelationFeatures.Candidate> candidates, String key) {
    return candidates.stream()
        .filter(c -> c.pair().key().equals(key))
        .flatMap(c -> java.util.Arrays.stream(c.features()))
        .toList();
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
    return RelationFeatures.of(
            a.text(), a.sentences(), a.mentions(), Guideline.BIORED, Hierarchy.NONE)
        .stream()
        .filter(c -> c.pair().key().equals(key))
        .findFirst()
        .orElseThrow();
  }
}
