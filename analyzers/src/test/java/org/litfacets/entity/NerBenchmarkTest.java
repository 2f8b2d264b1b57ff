package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;

class NerBenchmarkTest {

  @Test
  void scoresMentionsAndDocumentIdentifiers() throws URISyntaxException {
    // gold: 100 has Naloxone [0,8) D009270 and clonidine [18,27) D003000; 200 has a composite
    // disease mention
    MentionTagger tagger =
        text ->
            text.startsWith("Naloxone")
                ? List.of(
                    new Mention(0, 8, "Naloxone", EntityType.CHEMICAL, "MESH:D009270", null),
                    new Mention(18, 26, "clonidin", EntityType.CHEMICAL, "D003000", null),
                    new Mention(38, 42, "rats", EntityType.SPECIES, "NCBITaxon:10116", null))
                : List.of(new Mention(8, 14, "Breast", EntityType.DISEASE, "MESH:D001943", null));
    NerBenchmark.Result r =
        NerBenchmark.run(Path.of(getClass().getResource("/sample.pubtator").toURI()), tagger);

    // species are not annotated in the corpus, so they are not scored
    assertThat(r.mentions()).containsOnlyKeys(EntityType.CHEMICAL, EntityType.DISEASE);
    assertThat(r.mentions().get(EntityType.CHEMICAL)).isEqualTo(new NerBenchmark.Counts(1, 1, 1));
    assertThat(r.ids().get(EntityType.CHEMICAL)).isEqualTo(new NerBenchmark.Counts(2, 0, 0));
    assertThat(r.mentions().get(EntityType.DISEASE)).isEqualTo(new NerBenchmark.Counts(0, 1, 1));
    assertThat(r.ids().get(EntityType.DISEASE)).isEqualTo(new NerBenchmark.Counts(1, 0, 1));
    assertThat(r.figures().get("chemical.mention.f1")).isCloseTo(0.5, within(1e-9));
    assertThat(r.figures().get("overall.id.recall")).isCloseTo(0.75, within(1e-9));
    assertThat(r.report()).contains("chemical").contains("abstracts/s");
    // each error with the other side's overlapping mention, for error analysis
    assertThat(r.errors())
        .filteredOn(e -> e.type() == EntityType.CHEMICAL)
        .extracting(NerBenchmark.MentionError::kind, NerBenchmark.MentionError::text)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("FP", "clonidin"),
            org.assertj.core.groups.Tuple.tuple("FN", "clonidine"));
    // a document-level id missed, at its gold mention, with what was found at that span (nothing)
    assertThat(r.errors())
        .filteredOn(e -> e.kind().startsWith("ID"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.tsv())
                    .isEqualTo(
                        "IDFN\t200\tdisease\t8\t33\tBreast and ovarian cancer\tMESH:D010051\t"));
    assertThat(r.errors())
        .filteredOn(e -> e.kind().equals("FP") && e.type() == EntityType.CHEMICAL)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.overlapping()).isEqualTo("clonidine");
              assertThat(e.tsv()).startsWith("FP\t100\tchemical\t18\t26\tclonidin\t");
            });
  }
}
