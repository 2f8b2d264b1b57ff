package org.litfacets.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.challenge.ChallengeClassifier;
import org.litfacets.challenge.ChallengeModel;
import org.litfacets.embedding.Embedder;
import org.litfacets.entity.DictionaryLoader;
import org.litfacets.entity.EntityRecognizer;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.relation.Guideline;
import org.litfacets.relation.Hierarchy;
import org.litfacets.relation.RelationExtractor;
import org.litfacets.relation.RelationModel;
import org.litfacets.role.RoleClassifier;
import org.litfacets.testing.SharedData;

/** The enrichment steps together on structured abstracts, with the real dictionaries and models. */
class EnrichersIT {
  private static MeshVocabulary mesh;
  private static EntityRecognizer recognizer;
  private static RoleClassifier roles;
  private static ChallengeClassifier challenges;
  private static RelationExtractor relations;

  @BeforeAll
  static void load() {
    mesh = MeshVocabulary.load(SharedData.require("mesh"));
    recognizer =
        new EntityRecognizer(
            DictionaryLoader.loadCached(
                SharedData.root(), DictionaryLoader.cacheFile(SharedData.models())));
    SharedData.require("pubmedqa/ori_pqal.json");
    roles = new RoleClassifier(RoleCorpora.loadOrTrainIn(SharedData.models(), SharedData.root()));
    challenges =
        new ChallengeClassifier(
            ChallengeModel.loadOrTrain(
                SharedData.models(),
                SharedData.require("scientific-challenges-directions/train_set.csv"),
                Optional.of(SharedData.require("pubmedqa/ori_pqal.json"))));
    SharedData.require("biored/Train.PubTator");
    SharedData.require("bc5cdr/CDR_TrainingSet.PubTator.txt");
    relations =
        new RelationExtractor(
            RelationModel.loadOrTrainIn(SharedData.models(), SharedData.root(), Hierarchy.of(mesh)),
            Guideline.BIORED,
            Hierarchy.of(mesh));
  }

  @Test
  void sentencesEntitiesRelationsAndRolesOfAStructuredAbstract() {
    Article article =
        Article.ofText(
            "1",
            "Aspirin-induced asthma.",
            List.of(
                new AbstractSection(
                    "BACKGROUND", "BACKGROUND", "Aspirin can trigger asthma attacks."),
                new AbstractSection(
                    "CONCLUSIONS", "CONCLUSIONS", "Patients with asthma should avoid it.")));
    EnrichedArticle enriched = new EnrichedArticle(article);

    Pipeline pipeline =
        Pipeline.of(
            List.of(
                new Sentences(),
                new Entities(recognizer, Optional.of(mesh)),
                new Relations(relations),
                new SentenceRoles(roles)));
    pipeline.enrich(List.of(enriched), new IndexCounters());

    // "Aspirin-induced asthma." | "Aspirin can trigger asthma attacks." | "Patients with asthma
    // should avoid it."
    assertThat(enriched.sentences())
        .containsExactly(
            new Sentence(0, 23),
            new Sentence(24, 59, Role.BACKGROUND, Set.of()),
            new Sentence(60, 97, Role.CONCLUSIONS, Set.of()));
    // "Aspirin-induced asthma" is a MeSH disease of its own; "patients" are humans, as PubTator has
    // it.
    assertThat(enriched.mentions())
        .containsExactly(
            new EntityMention(0, 22, EntityType.DISEASE, "MESH:D055963", "Asthma, Aspirin-Induced"),
            new EntityMention(24, 31, EntityType.CHEMICAL, "MESH:D001241", "Aspirin"),
            new EntityMention(44, 50, EntityType.DISEASE, "MESH:D001249", "Asthma"),
            new EntityMention(60, 68, EntityType.SPECIES, "NCBITaxon:9606", "Homo sapiens"),
            new EntityMention(74, 80, EntityType.DISEASE, "MESH:D001249", "Asthma"));

    // The abstract says aspirin triggers asthma, in both sentences that name them.
    assertThat(enriched.relations())
        .extracting(EntityRelation::id1, EntityRelation::id2, EntityRelation::relationType)
        .contains(tuple("MESH:D001249", "MESH:D001241", "Positive_Correlation"));

    // Every step sets its part, so running the steps again (as the indexer does after a failed
    // batch) changes nothing.
    List<Sentence> sentences = enriched.sentences();
    List<EntityMention> mentions = enriched.mentions();
    List<EntityRelation> found = enriched.relations();
    pipeline.enrich(List.of(enriched), new IndexCounters());
    assertThat(enriched.sentences()).isEqualTo(sentences);
    assertThat(enriched.mentions()).isEqualTo(mentions);
    assertThat(enriched.relations()).isEqualTo(found);
  }

  @Test
  void challengesAndDirectionsWithTheirProbabilityReadInTheLightOfEachSentencesRole() {
    Article article =
        Article.ofText(
            "2",
            "Little is known about the long-term safety of statins after stroke.",
            List.of(
                new AbstractSection(
                    "METHODS", "METHODS", "We enrolled 120 patients in two hospitals."),
                new AbstractSection(
                    "CONCLUSIONS",
                    "CONCLUSIONS",
                    "Little is known about the long-term safety of statins "
                        + "in the elderly. Further randomised trials are needed to establish the optimal dose.")));
    EnrichedArticle enriched = new EnrichedArticle(article);

    List.of(
            new Sentences(),
            new SentenceRoles(roles),
            new ChallengeLabels(challenges, Embedder.withDefaultModel()))
        .forEach(e -> e.enrich(List.of(enriched)));

    List<Sentence> s = enriched.sentences();
    assertThat(s)
        .extracting(Sentence::role)
        .containsExactly(null, Role.METHODS, Role.CONCLUSIONS, Role.CONCLUSIONS);
    // the title reads as a challenge statement, but a title is not labelled
    assertThat(s.get(0).labels()).isEmpty();
    assertThat(s.get(1).labels()).isEmpty();
    assertThat(s.get(2).labels()).contains(ChallengeLabel.CHALLENGE);
    assertThat(s.get(3).labels()).contains(ChallengeLabel.DIRECTION);
    for (Sentence labelled : s) {
      assertThat(labelled.confidence().keySet()).isEqualTo(labelled.labels());
      labelled.confidence().values().forEach(p -> assertThat(p).isBetween(0f, 1f));
    }
  }
}
