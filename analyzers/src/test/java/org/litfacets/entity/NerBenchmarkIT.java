package org.litfacets.entity;

import org.litfacets.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.entity.learned.CrfMentionTagger;
import org.litfacets.mesh.MeshVocabulary;

/**
 * Regression test of the recogniser on the dev splits, dictionary-only and hybrid (with the CRF
 * models of the repository's models/ folder, trained first when missing): every figure checked in
 * under src/test/resources/regression/ must still be reached, within a small margin.
 */
class NerBenchmarkIT {

    private static final double MARGIN = 0.015;
    private static EntityRecognizer dictionaryOnly;
    private static EntityRecognizer hybrid;

    @BeforeAll
    static void build() {
        Path data = SharedData.root();
        assumeTrue(Files.isDirectory(data.resolve("mesh")), data + " absent, skipping");
        MeshVocabulary mesh = MeshVocabulary.load(data.resolve("mesh"));
        EntityDictionary dictionary = DictionaryLoader.load(data, mesh);
        dictionaryOnly = new EntityRecognizer(dictionary);
        Path models = SharedData.models();
        hybrid = new EntityRecognizer(dictionary, CrfMentionTagger.loadOrTrain(models, data, mesh));
    }

    @Test
    void bc5cdrDev() throws IOException {
        check(dictionaryOnly, "bc5cdr/CDR_DevelopmentSet.PubTator.txt", "/regression/ner-bc5cdr-dev.properties");
    }

    @Test
    void bc5cdrDevHybrid() throws IOException {
        check(hybrid, "bc5cdr/CDR_DevelopmentSet.PubTator.txt", "/regression/ner-hybrid-bc5cdr-dev.properties");
    }

    @Test
    void bioredDev() throws IOException {
        check(dictionaryOnly, "biored/Dev.PubTator", "/regression/ner-biored-dev.properties");
    }

    @Test
    void bioredDevHybrid() throws IOException {
        check(hybrid, "biored/Dev.PubTator", "/regression/ner-hybrid-biored-dev.properties");
    }

    @Test
    void ncbiDiseaseDev() throws IOException {
        check(dictionaryOnly, "ncbi-disease/NCBIdevelopset_corpus.txt", "/regression/ner-ncbi-disease-dev.properties");
    }

    private static void check(EntityRecognizer recognizer, String corpus, String expectedResource) throws IOException {
        Path file = SharedData.root().resolve(corpus);
        assumeTrue(Files.isRegularFile(file), file + " absent, skipping");
        NerBenchmark.Result result = NerBenchmark.run(file, recognizer);
        System.out.println(result.report());
        Map<String, Double> figures = result.figures();
        Properties expected = new Properties();
        try (InputStream in = NerBenchmarkIT.class.getResourceAsStream(expectedResource)) {
            expected.load(in);
        }
        assertThat(expected).isNotEmpty();
        for (String key : expected.stringPropertyNames()) {
            double want = Double.parseDouble(expected.getProperty(key));
            assertThat(figures).as("figure %s of %s", key, corpus).containsKey(key);
            assertThat(figures.get(key)).as("%s on %s (expected %.4f)", key, corpus, want)
                    .isGreaterThanOrEqualTo(want - MARGIN);
        }
    }
}
