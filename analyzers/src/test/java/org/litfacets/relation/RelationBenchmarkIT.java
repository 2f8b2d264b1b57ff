package org.litfacets.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.testing.SharedData;

/**
 * Trains the relation classifier on BioRED's training split and scores it on the dev split with the gold entities,
 * beside the sentence co-occurrence baseline. Skipped with a message when the BioRED folder is absent.
 */
class RelationBenchmarkIT {

    /** Pair F1 measured on BioRED dev with gold entities ({@code litfacets bench relations .../Dev.PubTator}). */
    private static final double MEASURED_PAIR_F1 = 0.702;
    private static final double MARGIN = 0.02;

    @Test
    void bioredDevWithGoldEntities() {
        Path biored = SharedData.require("biored");
        List<GoldAbstract> train = GoldAbstract.read(biored.resolve("Train.PubTator"));
        RelationExtractor extractor = new RelationExtractor(RelationTrainer.train(train));
        CooccurrenceBaseline baseline = CooccurrenceBaseline.fit(train);

        RelationBenchmark.Result r = RelationBenchmark.run("BioRED dev",
                GoldAbstract.read(biored.resolve("Dev.PubTator")), extractor::extract, baseline::extract, null);
        System.out.print(r.report());

        double model = r.figures().get("gold.model.pair.f1");
        assertThat(model).as("pair F1").isGreaterThanOrEqualTo(MEASURED_PAIR_F1 - MARGIN);
        assertThat(model - r.figures().get("gold.cooccurrence.pair.f1")).as("pair F1 above co-occurrence (goal 0.10)")
                .isGreaterThanOrEqualTo(0.10);
    }
}
