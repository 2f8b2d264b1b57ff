package org.litfacets.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.Pipeline;
import org.litfacets.role.LabelledAbstract;
import org.litfacets.role.RoleClassifier;
import org.litfacets.role.RoleTrainer;
import org.litfacets.sentence.SentenceSplitter;

/** The sentences and roles that {@code bench roles} scores are the ones the index stores. */
class SentenceRolesTest {

  private static RoleClassifier classifier;

  /*
   * The METHODS part has no final period, so the whole-abstract split runs it on into the RESULTS
   * part: the benchmark must see that sentence as the indexer does.
   */
  private static final Article STRUCTURED =
      article(
          "Walking and headaches in office workers.",
          List.of(
              new AbstractSection("BACKGROUND", "BACKGROUND", "Headaches are common at work."),
              new AbstractSection("AIMS", "OBJECTIVE", "We aimed to test whether walks help."),
              new AbstractSection(
                  "METHODS", "METHODS", "We randomised 120 workers to walking or usual care"),
              new AbstractSection(
                  "RESULTS",
                  "RESULTS",
                  "Walkers had fewer headache days (3.1 vs 5.2, p < 0.01). No harm was seen."),
              new AbstractSection(
                  "CONCLUSIONS", "CONCLUSIONS", "Daily walks reduce headaches at work.")));

  @BeforeAll
  static void train() {
    SentenceSplitter splitter = new SentenceSplitter();
    List<LabelledAbstract> training =
        List.of(
            LabelledAbstract.of(STRUCTURED, splitter).orElseThrow(),
            LabelledAbstract.of(
                    article(
                        "Naps and recall.",
                        List.of(
                            new AbstractSection(
                                "BACKGROUND", null, "Sleep loss impairs memory in students."),
                            new AbstractSection(
                                "OBJECTIVE", null, "To test whether naps restore recall."),
                            new AbstractSection(
                                "METHODS", null, "Forty students took a nap or a rest."),
                            new AbstractSection(
                                "RESULTS", null, "Recall improved by 12 % after naps (p = 0.03)."),
                            new AbstractSection(
                                "CONCLUSIONS", null, "Short naps restore recall."))),
                    splitter)
                .orElseThrow());
    classifier = new RoleClassifier(RoleTrainer.train(training));
  }

  @Test
  void theBenchmarkScoresTheSentencesAndRolesTheIndexStores() {
    LabelledAbstract scored = LabelledAbstract.of(STRUCTURED, new SentenceSplitter()).orElseThrow();
    List<Role> predicted = classifier.classify(scored.sentences());

    EnrichedArticle unlabelled = enrich(unlabelled(STRUCTURED));
    EnrichedArticle labelled = enrich(STRUCTURED);

    String text = STRUCTURED.analysisText();
    List<Sentence> stored = abstractSentences(unlabelled, STRUCTURED);
    assertThat(stored)
        .extracting(s -> text.substring(s.start(), s.end()))
        .isEqualTo(scored.sentences());
    assertThat(scored.sentences())
        .contains(
            "We randomised 120 workers to walking or usual care Walkers had fewer headache days (3.1 vs 5.2, p < 0.01).");
    // the classifier's roles for an abstract without labels, the labels' roles when it has them
    assertThat(stored).extracting(Sentence::role).isEqualTo(predicted);
    assertThat(abstractSentences(labelled, STRUCTURED))
        .extracting(Sentence::role)
        .isEqualTo(scored.roles());
    assertThat(scored.roles())
        .containsExactly(
            Role.BACKGROUND, Role.OBJECTIVE, Role.METHODS, Role.RESULTS, Role.CONCLUSIONS);
  }

  private static EnrichedArticle enrich(Article article) {
    EnrichedArticle enriched = new EnrichedArticle(article);
    Pipeline.of(List.of(new Sentences(), new SentenceRoles(classifier)))
        .enrich(List.of(enriched), new IndexCounters());
    return enriched;
  }

  private static List<Sentence> abstractSentences(EnrichedArticle enriched, Article article) {
    int start = article.layout().abstractStart();
    return enriched.sentences().stream().filter(s -> s.start() >= start).toList();
  }

  private static Article unlabelled(Article a) {
    return article(
        a.title(),
        a.sections().stream().map(s -> new AbstractSection(null, null, s.text())).toList());
  }

  private static Article article(String title, List<AbstractSection> sections) {
    return Article.ofText("1", title, sections);
  }
}
