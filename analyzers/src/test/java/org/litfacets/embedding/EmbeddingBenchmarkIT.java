package org.litfacets.embedding;

import org.litfacets.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Prints the default embedder's throughput on real abstracts; speed itself is judged in the benchmark report. */
class EmbeddingBenchmarkIT {

    @Test
    void embedsRealAbstracts() {
        Path json = SharedData.root().resolve("pubmedqa/ori_pqal.json");
        assumeTrue(Files.isRegularFile(json), json + " absent, skipping");

        EmbeddingBenchmark.Result r = EmbeddingBenchmark.run(json, TextEmbeddingModel.DEFAULT_NAME, 100);
        System.out.print(r.report());

        assertThat(r.texts()).isEqualTo(100);
        assertThat(r.dimensions()).isEqualTo(384);
        assertThat(r.meanCharacters()).isGreaterThan(500);
        assertThat(r.figures()).containsKey("embedding.texts_per_s");
    }
}
