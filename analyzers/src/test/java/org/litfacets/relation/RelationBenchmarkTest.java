package org.litfacets.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.article.RelationType;
import org.litfacets.entity.EntityPair;
import org.litfacets.entity.NerBenchmark.Counts;

class RelationBenchmarkTest {

  private static final EntityPair CISPLATIN_NEPHROTOXICITY =
      EntityPair.of(EntityType.CHEMICAL, "MESH:D002945", EntityType.DISEASE, "MESH:D007674");
  private static final EntityPair AMIFOSTINE_NEPHROTOXICITY =
      EntityPair.of(EntityType.CHEMICAL, "MESH:D004999", EntityType.DISEASE, "MESH:D007674");
  private static final EntityPair CREATININE_NEPHROTOXICITY =
      EntityPair.of(EntityType.CHEMICAL, "MESH:D003404", EntityType.DISEASE, "MESH:D007674");
  private static final EntityPair CISPLATIN_TP53 =
      EntityPair.of(EntityType.CHEMICAL, "MESH:D002945", EntityType.GENE, "NCBIGene:7157");
  private static final EntityPair BRCA1_BREAST_CANCER =
      EntityPair.of(EntityType.GENE, "NCBIGene:672", EntityType.DISEASE, "MESH:D001943");

  @Test
  void scoresPairsAndPairsWithTheirType() throws URISyntaxException {
    // six gold relations: two in 1001, four in 1002; the corpus relates disease-chemical, -gene and
    // -variant pairs
    RelationBenchmark.Gold gold = new RelationBenchmark.Gold(RelationFeaturesTest.tiny());
    List<List<Relation>> predicted =
        List.of(
            List.of(
                new Relation(
                    CISPLATIN_NEPHROTOXICITY, RelationType.POSITIVE_CORRELATION, 0.9), // right
                new Relation(
                    AMIFOSTINE_NEPHROTOXICITY,
                    RelationType.POSITIVE_CORRELATION,
                    0.6), // wrong type
                new Relation(
                    CREATININE_NEPHROTOXICITY, RelationType.ASSOCIATION, 0.5), // not related
                new Relation(
                    CISPLATIN_TP53, RelationType.ASSOCIATION, 0.5)), // chemical-gene: not scored
            List.of(new Relation(BRCA1_BREAST_CANCER, RelationType.ASSOCIATION, 0.8))); // right

    RelationBenchmark.Scores s = gold.score(predicted);

    // pairs: 3 of 4 scored predictions are related pairs, 3 of 6 related pairs are found
    assertThat(s.pairs()).isEqualTo(new Counts(3, 1, 3));
    assertThat(s.pairs().precision()).isCloseTo(0.75, within(1e-9));
    assertThat(s.pairs().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairs().f1()).isCloseTo(0.6, within(1e-9));
    // with types: amifostine prevents nephrotoxicity, so only 2 predictions are right
    assertThat(s.typed()).isEqualTo(new Counts(2, 2, 4));
    assertThat(s.typed().f1()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void anyTypeCountsForACorpusWithoutBioredTypes() throws URISyntaxException {
    GoldAbstract bioredStyle = RelationFeaturesTest.tiny().get(0);
    GoldAbstract cdrStyle =
        new GoldAbstract(
            bioredStyle.pmid(),
            bioredStyle.text(),
            bioredStyle.sentences(),
            bioredStyle.mentions(),
            Map.of(CISPLATIN_NEPHROTOXICITY, "CID"));
    List<List<Relation>> predicted =
        List.of(
            List.of(
                new Relation(CISPLATIN_NEPHROTOXICITY, RelationType.NEGATIVE_CORRELATION, 0.5),
                new Relation(AMIFOSTINE_NEPHROTOXICITY, RelationType.NEGATIVE_CORRELATION, 0.5)));

    RelationBenchmark.Scores s = new RelationBenchmark.Gold(List.of(cdrStyle)).score(predicted);

    assertThat(s.pairs()).isEqualTo(new Counts(1, 1, 0));
    assertThat(s.typed()).isEqualTo(s.pairs());
  }

  @Test
  void reportsTheClassifierBesideTheBaseline() throws URISyntaxException {
    List<GoldAbstract> tiny = RelationFeaturesTest.tiny();
    RelationBenchmark.Extractor nothing = (text, sentences, mentions) -> List.of();
    CooccurrenceBaseline baseline = CooccurrenceBaseline.fit(tiny);

    RelationBenchmark.Result r =
        RelationBenchmark.run("tiny", tiny, nothing, baseline::extract, null);

    assertThat(r.scores()).containsOnlyKeys("gold.model", "gold.cooccurrence");
    assertThat(r.figures())
        .containsEntry("gold.model.pair.recall", 0.0)
        .containsEntry("gold_relations", 6.0);
    // every related pair of the fixture shares a sentence, and no other scored pair does
    // (creatinine is never
    // with nephrotoxicity, ovarian cancer only with tamoxifen); chemical-disease pairs take the
    // fixture's most
    // frequent type, Negative_Correlation, which cisplatin-induced nephrotoxicity is not
    assertThat(r.scores().get("gold.cooccurrence").pairs()).isEqualTo(new Counts(6, 0, 0));
    assertThat(r.scores().get("gold.cooccurrence").typed()).isEqualTo(new Counts(5, 1, 1));
    assertThat(r.report()).contains("gold / cooccurrence").contains("abstracts/s");
  }

  @Test
  void scoresTheGivenOwnMentionsBesideTheGoldOnes() throws URISyntaxException {
    List<GoldAbstract> tiny = RelationFeaturesTest.tiny();
    CooccurrenceBaseline baseline = CooccurrenceBaseline.fit(tiny);

    // own mentions that find nothing: the own rows score no pair at all, the gold rows are
    // unchanged
    RelationBenchmark.Result r =
        RelationBenchmark.run("tiny", tiny, baseline::extract, baseline::extract, a -> List.of());

    assertThat(r.scores())
        .containsOnlyKeys("gold.model", "gold.cooccurrence", "own.model", "own.cooccurrence");
    assertThat(r.scores().get("gold.cooccurrence").pairs()).isEqualTo(new Counts(6, 0, 0));
    assertThat(r.scores().get("own.cooccurrence").pairs()).isEqualTo(new Counts(0, 0, 6));
  }
}
