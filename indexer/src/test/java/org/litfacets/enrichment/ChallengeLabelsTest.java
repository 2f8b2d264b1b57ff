package org.litfacets.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Sentence;
import org.litfacets.challenge.ChallengeBenchmark;
import org.litfacets.challenge.ChallengeClassifier;
import org.litfacets.challenge.ChallengePrediction;
import org.litfacets.challenge.ChallengeTrainer;
import org.litfacets.embedding.Embedder;
import org.litfacets.role.LabelledAbstract;
import org.litfacets.sentence.SentenceSplitter;

/** The challenge step stores the labels that {@code bench challenges} scores. */
class ChallengeLabelsTest {

  private static final String TRAINING_CSV =
      """
      ,paper_id,sentence_id,section_name,prev_sentence,text,next_sentence,problem,direction
      1,P1,P1_1,Introduction,|,"However, little is known about how the virus enters nerve cells.",|,1.0,0.0
      2,P1,P1_2,Discussion,|,Future studies should test whether the same route is used in humans.,|,0.0,1.0
      3,P2,P2_7,Results,|,The mice gained 12 g over four weeks.,|,0.0,0.0
      4,P2,P2_8,Discussion,|,"A major limitation is the lack of long-term data, and further trials are needed.",|,1.0,1.0
      5,P3,P3_1,Methods,|,Samples were stored at -80 degrees.,|,0.0,0.0
      6,P3,P3_2,Conclusion,|,It remains unclear why the vaccine fails in older adults.,|,1.0,0.0
      7,P4,P4_3,Discussion,|,Further research is needed to identify the receptor.,|,0.0,1.0
      8,P4,P4_4,Background,|,Influenza is a common infection of the airways.,|,0.0,0.0
      """;

  @Test
  void storesWhatTheBenchmarkScoresForTheSameAbstract(@TempDir Path models) throws IOException {
    Path csv = Files.writeString(models.resolve("train.csv"), TRAINING_CSV);
    Files.writeString(models.resolve("keywords.csv"), "keyword or phrase\nhowever\nlack\n");
    ChallengeClassifier classifier =
        new ChallengeClassifier(ChallengeTrainer.trainAndSave(csv, Optional.empty(), models));
    Embedder embedder = Embedder.withDefaultModel();
    List<AbstractSection> sections =
        List.of(
            new AbstractSection(
                "BACKGROUND",
                "BACKGROUND",
                "Little is known about how the virus enters nerve cells. "
                    + "Influenza is a common infection of the airways."),
            new AbstractSection("METHODS", "METHODS", "Samples were stored at -80 degrees."),
            new AbstractSection(
                "RESULTS",
                "RESULTS",
                "The mice gained 12 g over four weeks. However, the lack of data remains."),
            new AbstractSection(
                "CONCLUSIONS",
                "CONCLUSIONS",
                "Further research is needed to identify the receptor."));
    // the title is worded as a challenge: the step must not label it, whatever it reads like
    Article article =
        Article.ofText("1", "Little is known about how the virus enters nerve cells.", sections);
    LabelledAbstract labelled =
        LabelledAbstract.of("1", sections, new SentenceSplitter()).orElseThrow();
    EnrichedArticle enriched = new EnrichedArticle(article);
    new Sentences().enrich(List.of(enriched));
    List<Sentence> withRoles = new ArrayList<>();
    withRoles.add(enriched.sentences().get(0));
    for (int i = 0; i < labelled.roles().size(); i++) {
      withRoles.add(enriched.sentences().get(i + 1).withRole(labelled.roles().get(i)));
    }
    enriched.setSentences(withRoles);

    new ChallengeLabels(classifier, embedder).enrich(List.of(enriched));
    List<ChallengePrediction> scored =
        ChallengeBenchmark.labels(labelled, classifier, embedder::embed);

    List<Sentence> stored = enriched.sentences();
    assertThat(stored).hasSize(scored.size() + 1);
    assertThat(stored.get(0).labels()).isEmpty();
    for (int i = 0; i < scored.size(); i++) {
      ChallengePrediction p = scored.get(i);
      Sentence s = stored.get(i + 1);
      assertThat(s.labels()).as(labelled.sentences().get(i)).isEqualTo(p.labels());
      // equal up to float rounding: the embedder's batches differ in padding
      p.labels()
          .forEach(
              l ->
                  assertThat(s.confidence().get(l))
                      .isCloseTo((float) p.probability(l), within(1e-5f)));
    }
    // the fixture is read as a whole: labelled statements as well as plain ones
    assertThat(scored).anyMatch(ChallengePrediction::isChallenge);
    assertThat(scored).anyMatch(ChallengePrediction::isDirection);
    assertThat(scored).anyMatch(p -> p.labels().isEmpty());
  }
}
