package org.litfacets.entity.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.entity.NerBenchmark;
import org.litfacets.testing.SharedData;

/**
 * Regression test of the default CRF models on the dev splits: mention-level strict F1 per type
 * must stay within {@link #MARGIN} of the checked-in scores. Uses the models in the repository's
 * models/ folder, training them first when missing (about 1-2 minutes per model on one core).
 */
class CrfMentionTaggerIT {

  private static final double MARGIN = 0.015;

  private static Path sharedData;
  private static CrfMentionTagger tagger;
  private static Properties expected;

  @BeforeAll
  static void loadOrTrain() throws IOException {
    sharedData = SharedData.require("bc5cdr").getParent();
    Path models = SharedData.models();
    long started = System.nanoTime();
    tagger = CrfMentionTagger.loadOrTrain(models, sharedData);
    System.out.printf(
        "CRF NER models from %s ready in %.1f s%n", models, (System.nanoTime() - started) / 1e9);
    expected = new Properties();
    try (InputStream in =
        CrfMentionTaggerIT.class.getResourceAsStream("/learned/expected-scores.properties")) {
      expected.load(in);
    }
  }

  @Test
  void bc5cdrDev() {
    check("bc5cdr", sharedData.resolve("bc5cdr/CDR_DevelopmentSet.PubTator.txt"));
  }

  @Test
  void bioredDev() {
    check("biored", sharedData.resolve("biored/Dev.PubTator"));
  }

  private static void check(String corpus, Path dev) {
    NerBenchmark.Result result = NerBenchmark.run(dev, tagger);
    System.out.println(result.report());
    Map<String, Double> figures = result.figures();
    int checked = 0;
    for (String key : expected.stringPropertyNames()) {
      if (key.startsWith(corpus + ".")) {
        String figure = key.substring(corpus.length() + 1);
        double minimum = Double.parseDouble(expected.getProperty(key)) - MARGIN;
        assertThat(figures.get(figure))
            .as("%s %s", corpus, figure)
            .isNotNull()
            .isGreaterThanOrEqualTo(minimum);
        checked++;
      }
    }
    assertThat(checked).as("expected scores for %s", corpus).isPositive();
  }
}
