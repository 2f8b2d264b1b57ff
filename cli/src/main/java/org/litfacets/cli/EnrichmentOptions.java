package org.litfacets.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.litfacets.enrichment.EnrichmentSteps;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.store.ArticleStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which enrichment steps an indexing run applies, and where their trained models live; the indexer
 * builds them.
 */
final class EnrichmentOptions {
  @Option(
      names = "--enrich",
      split = ",",
      defaultValue = "mesh,suggest-mesh,entities,relations,roles,challenges,vectors",
      description =
          "Enrichment steps, comma-separated: mesh, suggest-mesh (MeSH headings suggested for articles NLM has "
              + "not indexed), entities, relations (BioRED relation types between an article's entities), roles, challenges, "
              + "vectors, or none. "
              + "Default: ${DEFAULT-VALUE}. A step whose data is missing is skipped with a message.")
  List<String> steps;

  @Mixin ModelsOption modelsFolder;

  @Mixin EmbeddingModelOption embeddingModel;

  @Mixin ArticleEmbeddingOption articleEmbedding;

  @Option(
      names = "--dictionary-only",
      description = "Entities from dictionaries and patterns only, without the CRF model.")
  boolean dictionaryOnly;

  /**
   * The pipeline of the chosen steps that the available data allows.
   *
   * @param store the index the articles go to: suggested MeSH headings also come from the most
   *     similar articles in it
   */
  Pipeline pipeline(
      DataOptions data, Optional<MeshVocabulary> mesh, ArticleStore store, PrintStream log) {
    return EnrichmentSteps.pipeline(
        EnrichmentSteps.Step.parse(steps),
        new EnrichmentSteps.Resources(
            data.sharedData,
            modelsFolder.models,
            mesh,
            store,
            embeddingModel::load,
            articleEmbedding::load,
            dictionaryOnly),
        log::println);
  }
}
