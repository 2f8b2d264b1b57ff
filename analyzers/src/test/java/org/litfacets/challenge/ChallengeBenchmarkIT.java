package org.litfacets.challenge;

import org.junit.jupiter.api.Test;
import org.litfacets.testing.SharedData;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regression test of challenge/direction labelling on the corpus's val split, against the scores in
 * regression/challenges.properties, and of the rate of labelled METHODS and RESULTS sentences in PubMedQA's held-out
 * abstracts. Uses the model and vector cache in models/, training from train_set.csv and PubMedQA when absent (about a
 * minute the first time, seconds once the vectors are cached).
 */
class ChallengeBenchmarkIT {

    private static final double MARGIN = 0.02;

    @Test
    void valSplit() throws IOException {
        Path dir = SharedData.root().resolve("scientific-challenges-directions");
        assumeTrue(Files.isRegularFile(dir.resolve("val_set.csv")), dir + " absent, skipping");

        Path pubmedQa = SharedData.root().resolve("pubmedqa/ori_pqal.json");
        assumeTrue(Files.isRegularFile(pubmedQa), pubmedQa + " absent, skipping");

        ChallengeBenchmark.Result r = ChallengeBenchmark.run(dir.resolve("val_set.csv"), SharedData.models(),
                dir.resolve("train_set.csv"), Optional.of(pubmedQa));
        System.out.print(r.report());

        Properties expected = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/regression/challenges.properties")) {
            expected.load(in);
        }
        assertThat(expected.stringPropertyNames()).isNotEmpty();
        for (String key : expected.stringPropertyNames()) {
            assertThat(r.figures()).containsKey(key);
            double recorded = Double.parseDouble(expected.getProperty(key));
            // F1 must not fall; the rate of labelled abstract sentences (false alarms there) must not rise.
            if (key.endsWith("_rate")) {
                assertThat(r.figures().get(key)).as(key).isLessThanOrEqualTo(recorded + MARGIN);
            } else {
                assertThat(r.figures().get(key)).as(key).isGreaterThanOrEqualTo(recorded - MARGIN);
            }
        }
        assertThat(r.sentences()).isEqualTo(284);
    }
}
