package org.litfacets.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationExtractorTest {

  private static RelationModel model;

  /**
   * Trained on the fixture's abstracts many times over, so that the regularisation weighs as on a
   * real corpus.
   */
  @BeforeAll
  static void trainOnTheFixture() throws URISyntaxException {
    List<GoldAbstract> copies = new ArrayList<>();
    for (List<GoldAbstract> tiny = RelationFeaturesTest.tiny(); copies.size() < 400; ) {
      copies.addAll(tiny);
    }
    model =
        RelationTrainer.train(
            List.of(new RelationTrainer.Corpus(Guideline.BIORED, copies)), Hierarchy.NONE);
  }

  @Test
  void findsTheRelatedPairsAndTheirTypes(@TempDir Path dir) throws URISyntaxException {
    Path file = dir.resolve("relations.bin");
    model.save(file);
    RelationExtractor extractor =
        new RelationExtractor(RelationModel.load(file), Guideline.BIORED, Hierarchy.NONE);

    for (GoldAbstract a : RelationFeaturesTest.tiny()) {
      List<Relation> found = extractor.extract(a.text(), a.sentences(), a.mentions());

      Map<String, String> types = new HashMap<>();
      found.forEach(r -> types.put(r.pair().key(), r.type().corpusName()));
      assertThat(types).as(a.pmid()).isEqualTo(RelationFeaturesTest.byKey(a.relations()));
      assertThat(found).allSatisfy(r -> assertThat(r.probability()).isBetween(0.35, 1.0));
    }
  }

  @Test
  void oneModelReadsBothGuidelinesAsItsCallerChooses() throws URISyntaxException {
    Hierarchy hypotension = HierarchyTest.fixture();
    List<GoldAbstract> biored = new ArrayList<>();
    List<GoldAbstract> cid = new ArrayList<>();
    while (biored.size() < 400) {
      biored.addAll(RelationFeaturesTest.tiny());
      cid.addAll(RelationFeaturesTest.tinyCid());
    }
    RelationModel joint =
        RelationTrainer.train(
            List.of(
                new RelationTrainer.Corpus(Guideline.BIORED, biored),
                new RelationTrainer.Corpus(Guideline.CID, cid)),
            hypotension);

    for (GoldAbstract a : RelationFeaturesTest.tinyCid()) {
      Map<String, String> types = new HashMap<>();
      new RelationExtractor(joint, Guideline.CID, hypotension)
          .extract(a.text(), a.sentences(), a.mentions())
          .forEach(r -> types.put(r.pair().key(), r.type().corpusName()));
      // CID stands for BioRED's Positive_Correlation; the broader hypotension and the treatments
      // are left out
      Map<String, String> expected = new HashMap<>();
      a.relations().keySet().forEach(p -> expected.put(p.key(), "Positive_Correlation"));
      assertThat(types).as(a.pmid()).isEqualTo(expected);
    }
    for (GoldAbstract a : RelationFeaturesTest.tiny()) {
      Map<String, String> types = new HashMap<>();
      new RelationExtractor(joint, Guideline.BIORED, hypotension)
          .extract(a.text(), a.sentences(), a.mentions())
          .forEach(r -> types.put(r.pair().key(), r.type().corpusName()));
      assertThat(types).as(a.pmid()).isEqualTo(RelationFeaturesTest.byKey(a.relations()));
    }
  }

  @Test
  void anAbstractWithoutEntitiesHasNoRelations() throws URISyntaxException {
    GoldAbstract a = RelationFeaturesTest.tiny().get(0);

    assertThat(
            new RelationExtractor(model, Guideline.BIORED, Hierarchy.NONE)
                .extract(a.text(), a.sentences(), Collections.emptyList()))
        .isEmpty();
  }
}
