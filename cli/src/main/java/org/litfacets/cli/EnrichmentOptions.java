package org.litfacets.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.litfacets.challenge.ChallengeClassifier;
import org.litfacets.challenge.ChallengeModel;
import org.litfacets.embedding.Embedder;
import org.litfacets.enrichment.ChallengeLabels;
import org.litfacets.enrichment.Entities;
import org.litfacets.enrichment.MeshTrees;
import org.litfacets.enrichment.SentenceRoles;
import org.litfacets.enrichment.SimilarArticles;
import org.litfacets.enrichment.Sentences;
import org.litfacets.enrichment.SuggestedMesh;
import org.litfacets.enrichment.Vectors;
import org.litfacets.entity.DictionaryLoader;
import org.litfacets.entity.EntityDictionary;
import org.litfacets.entity.EntityRecognizer;
import org.litfacets.entity.learned.CrfMentionTagger;
import org.litfacets.indexing.Enricher;
import org.litfacets.store.ArticleStore;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.role.RoleClassifier;
import org.litfacets.role.RoleModel;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which enrichment steps an indexing run applies, and where their trained models live. */
final class EnrichmentOptions {
  enum Step { MESH, SUGGEST_MESH, ENTITIES, ROLES, CHALLENGES, VECTORS }

  @Option(names = "--enrich", split = ",", defaultValue = "mesh,suggest-mesh,entities,roles,challenges,vectors",
      description = "Enrichment steps, comma-separated: mesh, suggest-mesh (MeSH headings suggested for articles NLM has "
          + "not indexed), entities, roles, challenges, vectors, or none. "
          + "Default: ${DEFAULT-VALUE}. A step whose data is missing is skipped with a message.")
  List<String> steps;

  @Mixin
  ModelsOption modelsFolder;

  @Mixin
  EmbeddingModelOption embeddingModel;

  @Option(names = "--dictionary-only", description = "Entities from dictionaries and patterns only, without the CRF model.")
  boolean dictionaryOnly;

  Set<Step> chosen() {
    Set<Step> chosen = EnumSet.noneOf(Step.class);
    for (String s : steps) {
      if (s.equalsIgnoreCase("none")) {
        continue;
      }
      try {
        chosen.add(Step.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown enrichment step '" + s + "'; use mesh, suggest-mesh, entities, roles, challenges, vectors or none");
      }
    }
    return chosen;
  }

  /** The enrichers, in pipeline order, that the chosen steps and the available data allow. */
  /**
   * @param store the index the articles go to: suggested MeSH headings also come from the most similar articles in
   *     it
   */
  List<Enricher> build(DataOptions data, Optional<MeshVocabulary> mesh, ArticleStore store, PrintStream log) {
    Set<Step> chosen = chosen();
    Path models = modelsFolder.models;
    List<Enricher> enrichers = new ArrayList<>();
    Path shared = data.sharedData;
    if (chosen.contains(Step.MESH)) {
      mesh.ifPresentOrElse(m -> enrichers.add(new MeshTrees(m)), () -> log.println("Enrich: mesh skipped (no MeSH vocabulary)"));
    }
    if (EnumSet.of(Step.MESH, Step.SUGGEST_MESH).containsAll(chosen)) {
      addSuggestedMesh(chosen, mesh, store, enrichers, log);
      return enrichers;
    }
    enrichers.add(new Sentences());
    if (chosen.contains(Step.ENTITIES) && !Files.isDirectory(shared)) {
      log.println("Enrich: entities skipped (their dictionaries come from " + shared + ", which is absent)");
    } else if (chosen.contains(Step.ENTITIES)) {
      long start = System.nanoTime();
      // The built dictionary is cached in the models folder (rebuilt when its inputs change).
      EntityDictionary dictionary = DictionaryLoader.loadCached(shared, models.resolve("entity-dictionary.bin"));
      EntityRecognizer recognizer = dictionaryOnly || mesh.isEmpty()
          ? new EntityRecognizer(dictionary)
          : new EntityRecognizer(dictionary, CrfMentionTagger.loadOrTrain(models, shared, mesh.get()));
      log.printf("Enrich: entities (%s) ready in %.1f s%n", dictionaryOnly || mesh.isEmpty() ? "dictionaries" : "dictionaries + CRF",
          (System.nanoTime() - start) / 1e9);
      enrichers.add(new Entities(recognizer, mesh));
    }
    if (chosen.contains(Step.ROLES)) {
      List<Path> inputs = existing(shared.resolve("pubmed-rct"), shared.resolve("pubmedqa/ori_pqal.json"));
      Path file = models.resolve("roles.bin");
      if (Files.isRegularFile(file) || !inputs.isEmpty()) {
        enrichers.add(new SentenceRoles(new RoleClassifier(RoleModel.loadOrTrain(file, inputs))));
      } else {
        log.println("Enrich: roles skipped (no model at " + file + " and no training data under " + shared + ")");
      }
    }
    Embedder embedder = chosen.contains(Step.CHALLENGES) || chosen.contains(Step.VECTORS)
        ? embeddingModel.load() : null;
    if (chosen.contains(Step.CHALLENGES)) {
      Path train = shared.resolve("scientific-challenges-directions/train_set.csv");
      if (Files.isRegularFile(ChallengeModel.file(models, embedder.modelName())) || Files.isRegularFile(train)) {
        enrichers.add(new ChallengeLabels(new ChallengeClassifier(ChallengeModel.loadOrTrain(models, train,
            AbstractsOption.pubmedQaIn(shared), embedder.modelName())), embedder));
      } else {
        log.println("Enrich: challenges skipped (no model in " + models + " and no " + train + ")");
      }
    }
    if (chosen.contains(Step.VECTORS)) {
      enrichers.add(new Vectors(embedder));
    }
    addSuggestedMesh(chosen, mesh, store, enrichers, log);
    log.println("Enrich: " + String.join(", ", enrichers.stream().map(Enricher::name).toList()));
    return enrichers;
  }

  /** Last in the pipeline, so that an article's vector, when made, finds its nearest neighbours. */
  private static void addSuggestedMesh(Set<Step> chosen, Optional<MeshVocabulary> mesh, ArticleStore store,
      List<Enricher> enrichers, PrintStream log) {
    if (chosen.contains(Step.SUGGEST_MESH)) {
      mesh.ifPresentOrElse(m -> enrichers.add(new SuggestedMesh(m,
              new SimilarArticles(store, SimilarArticles.DEFAULT_COUNT, true), SuggestedMesh.DEFAULT_HEADINGS)),
          () -> log.println("Enrich: suggest-mesh skipped (no MeSH vocabulary)"));
    }
  }

  private static List<Path> existing(Path... paths) {
    return java.util.Arrays.stream(paths).filter(Files::exists).toList();
  }
}
