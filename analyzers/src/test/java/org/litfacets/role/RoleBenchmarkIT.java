package org.litfacets.role;

import org.junit.jupiter.api.Test;
import org.litfacets.embedding.SharedData;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regression test of sentence roles on the fixed held-out 20 % of PubMedQA (and PubMed 20k RCT's dev split when a
 * pubmed-rct folder appears in shared data), against the scores in regression/roles.properties. Uses the role model
 * in models/roles.bin, training it from the shared data when absent.
 */
class RoleBenchmarkIT {

    private static final double MARGIN = 0.02;

    @Test
    void pubmedQaHeldOut() throws IOException {
        Path json = SharedData.dataDir().resolve("pubmedqa/ori_pqal.json");
        assumeTrue(Files.isRegularFile(json), json + " absent, skipping");

        RoleBenchmark.Result r = RoleBenchmark.run(json, model());
        System.out.print(r.report());

        assertAtLeastExpected(r.figures(), "pubmedqa.");
        assertThat(r.abstracts()).isGreaterThan(100);
    }

    @Test
    void pubmedRctDev() throws IOException {
        Path dev = SharedData.dataDir().resolve("pubmed-rct");
        assumeTrue(Files.isDirectory(dev), dev + " absent, skipping");

        RoleBenchmark.Result r = RoleBenchmark.run(dev, model());
        System.out.print(r.report());

        assertThat(r.microF1()).as("micro-F1 on PubMed RCT dev (issue goal 0.88)").isGreaterThanOrEqualTo(0.88);
    }

    private static RoleModel model() {
        List<Path> inputs = new ArrayList<>();
        inputs.add(SharedData.dataDir().resolve("pubmedqa/ori_pqal.json"));
        Path rct = SharedData.dataDir().resolve("pubmed-rct");
        if (Files.isDirectory(rct)) {
            inputs.add(rct);
        }
        return RoleModel.loadOrTrain(SharedData.modelsDir().resolve("roles.bin"), inputs);
    }

    static void assertAtLeastExpected(Map<String, Double> figures, String prefix) throws IOException {
        Properties expected = new Properties();
        try (InputStream in = RoleBenchmarkIT.class.getResourceAsStream("/regression/roles.properties")) {
            expected.load(in);
        }
        int checked = 0;
        for (String key : expected.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                String figure = key.substring(prefix.length());
                assertThat(figures).containsKey(figure);
                assertThat(figures.get(figure)).as(figure)
                        .isGreaterThanOrEqualTo(Double.parseDouble(expected.getProperty(key)) - MARGIN);
                checked++;
            }
        }
        assertThat(checked).as("expected scores for " + prefix).isPositive();
    }
}
