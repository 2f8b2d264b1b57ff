package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexOptions;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.indexing.Indexer;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleStore;
import org.litfacets.testing.SharedData;

/**
 * {@code bench ner} scores what the index stores: it runs the entity step that {@code index
 * --enrich entities} runs, and the mentions it scores for an abstract are the ones read back from
 * Solr after indexing it with that step.
 */
class StoredMentionsIT {
  private static IndexedMentions bench;

  @BeforeAll
  static void load() {
    MeshVocabulary mesh = MeshVocabulary.load(SharedData.require("mesh"));
    bench =
        IndexedMentions.build(
            SharedData.root(), SharedData.models(), Optional.of(mesh), false, line -> {});
  }

  @Test
  void theBenchmarkScoresTheMentionsTheIndexStores() throws Exception {
    List<PubtatorDocument> documents =
        PubtatorReader.read(SharedData.require("biored/Dev.PubTator")).subList(0, 12);

    Path xml = Files.createTempFile("stored-mentions", ".xml");
    PairBenchCommand.writePubmedXml(documents, xml);
    try (SolrConnection solr = TestSolr.connect()) {
      ArticleStore store = new ArticleStore(solr);
      new Indexer(store, bench.pipeline(), IndexOptions.DEFAULTS, IndexProgress.NONE)
          .index(List.of(xml));

      int compared = 0;
      for (PubtatorDocument d : documents) {
        List<EntityMention> scored = bench.mentions(d);
        List<EntityMention> stored = store.getAnnotated(d.pmid()).orElseThrow().mentions();
        assertThat(stored).as("PMID %s", d.pmid()).containsExactlyInAnyOrderElementsOf(scored);
        compared += scored.size();
      }
      assertThat(compared).as("mentions compared").isGreaterThan(100);
    } finally {
      Files.deleteIfExists(xml);
    }
  }

  /** Mistakes a reader notices at once on two articles of the demo corpus. */
  @Test
  void noCellLineInAnAgeNoWordAsAGeneAndProteinsAreGenes() throws Exception {
    Path samples = SharedData.require("pubmed-xml-samples");
    List<EntityMention> embolism =
        stored(samples.resolve("qi29-main_finding_recognition_pubmed_result.xml"), "31371236");
    List<EntityMention> metformin =
        stored(samples.resolve("xizhou-pubMR_pubmed_result.xml"), "30118680");

    // "A 20-year-old man" is no A20 cell line, and "arch" (aortic arch) is no gene
    assertThat(embolism).extracting(EntityMention::type).doesNotContain(EntityType.CELL_LINE);
    assertThat(embolism).extracting(EntityMention::type).doesNotContain(EntityType.GENE);
    // PD-L1 and its full name are the gene CD274, as PubTator has them, with no "death" inside
    assertThat(metformin)
        .filteredOn(m -> m.id().equals("NCBIGene:29126"))
        .extracting(EntityMention::type)
        .hasSizeGreaterThan(5)
        .containsOnly(EntityType.GENE);
    assertThat(metformin).extracting(EntityMention::id).doesNotContain("MESH:D060890");
    assertThat(metformin)
        .extracting(EntityMention::name)
        .doesNotContain("Death", "Parkinson Disease");
  }

  private static List<EntityMention> stored(Path file, String pmid) throws Exception {
    try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
      for (PubmedRecord r = reader.next(); r != null; r = reader.next()) {
        if (r instanceof PubmedRecord.Citation c && c.article().pmid().equals(pmid)) {
          EnrichedArticle enriched = new EnrichedArticle(c.article());
          return bench.pipeline().enrich(List.of(enriched), new IndexCounters()).get(0).mentions();
        }
      }
    }
    throw new AssertionError("no PMID " + pmid + " in " + file);
  }
}
