package org.litfacets.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litfacets.testing.SharedData;

/**
 * No sentence boundary may cut a gold entity mention of the annotated corpora, and boundaries on
 * 22 hand-checked dev abstracts (BC5CDR, NCBI-disease, BioRED) stay near precision and recall 1.
 */
class SentenceBenchmarkIT {

    @Test
    void handCheckedBoundaries() throws Exception {
        Path data = SharedData.root();
        assumeTrue(Files.isDirectory(data), data + " absent, skipping");
        Path gold = Path.of(getClass().getResource("/regression/sentence-boundaries.tsv").toURI());
        SentenceBenchmark.BoundaryScore score = SentenceBenchmark.scoreBoundaries(data, gold);
        System.out.println(score.report());
        assertThat(score.documents()).isEqualTo(22);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.98);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bc5cdr/CDR_TrainingSet.PubTator.txt", "bc5cdr/CDR_DevelopmentSet.PubTator.txt",
            "biored/Train.PubTator", "biored/Dev.PubTator",
            "ncbi-disease/NCBItrainset_corpus.txt", "ncbi-disease/NCBIdevelopset_corpus.txt"})
    void boundariesNeverCutAMention(String corpus) {
        Path file = SharedData.root().resolve(corpus);
        assumeTrue(Files.isRegularFile(file), file + " absent, skipping");
        SentenceBenchmark.Result r = SentenceBenchmark.run(file);
        System.out.println(r.report());
        assertThat(r.cutMentions()).isZero();
        assertThat(r.sentences()).isGreaterThan(r.documents() * 5);
    }
}
