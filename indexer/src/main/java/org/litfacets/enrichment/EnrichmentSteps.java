package org.litfacets.enrichment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.litfacets.challenge.ChallengeClassifier;
import org.litfacets.challenge.ChallengeModel;
import org.litfacets.embedding.Embedder;
import org.litfacets.entity.DictionaryLoader;
import org.litfacets.entity.EntityDictionary;
import org.litfacets.entity.EntityRecognizer;
import org.litfacets.entity.learned.CrfMentionTagger;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;
import org.litfacets.indexing.Pipeline;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.relation.Guideline;
import org.litfacets.relation.Hierarchy;
import org.litfacets.relation.RelationExtractor;
import org.litfacets.relation.RelationModel;
import org.litfacets.relation.RelationTrainer;
import org.litfacets.role.RoleClassifier;
import org.litfacets.store.ArticleStore;

/**
 * The enrichment steps a user can choose, and the pipeline they make: each chosen step is built
 * from its models and data (trained on first use), the sentence step is added when a chosen step
 * needs sentences, and {@link Pipeline} puts them in order. A step whose data is missing is left
 * out, saying so.
 */
public final class EnrichmentSteps {

  /** The steps by the names users give them. */
  public enum Step {
    MESH,
    SUGGEST_MESH,
    ENTITIES,
    RELATIONS,
    ROLES,
    CHALLENGES,
    VECTORS;

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The steps a list of names chooses; "none" chooses nothing. */
    public static Set<Step> parse(List<String> names) {
      Set<Step> chosen = EnumSet.noneOf(Step.class);
      for (String name : names) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("none")) {
          continue;
        }
        chosen.add(
            Stream.of(values())
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown enrichment step '"
                                + name
                                + "'; use "
                                + Stream.of(values())
                                    .map(Step::key)
                                    .collect(Collectors.joining(", "))
                                + " or none")));
      }
      return chosen;
    }
  }

  /**
   * What the steps are built from.
   *
   * @param sharedData the public data sets: entity dictionaries and training corpora
   * @param models the folder of trained models; missing ones are trained there on first use
   * @param store the index the articles go to: suggested MeSH headings also come from the most
   *     similar articles in it
   * @param sentenceEmbedder the embedding model of the challenge classifier, loaded only when that
   *     step runs
   * @param articleEmbedder the embedding model of article vectors (title + abstract), loaded only
   *     when that step runs; search queries must be embedded by the same model
   * @param dictionaryOnly entities from dictionaries and patterns only, without the CRF model
   */
  public record Resources(
      Path sharedData,
      Path models,
      Optional<MeshVocabulary> mesh,
      ArticleStore store,
      Supplier<Embedder> sentenceEmbedder,
      Supplier<Embedder> articleEmbedder,
      boolean dictionaryOnly) {}

  private EnrichmentSteps() {}

  /**
   * The pipeline of the chosen steps; {@code say} hears which steps run, which are left out, and
   * why.
   */
  public static Pipeline pipeline(Set<Step> chosen, Resources r, Consumer<String> say) {
    List<Enricher> steps = new ArrayList<>();
    Path shared = r.sharedData();
    Path models = r.models();
    if (chosen.contains(Step.MESH)) {
      r.mesh()
          .ifPresentOrElse(
              m -> steps.add(new MeshTrees(m)),
              () -> say.accept("Enrich: mesh skipped (no MeSH vocabulary)"));
    }
    if (chosen.contains(Step.ENTITIES) && !Files.isDirectory(shared)) {
      say.accept(
          "Enrich: entities skipped (their dictionaries come from "
              + shared
              + ", which is absent)");
    } else if (chosen.contains(Step.ENTITIES)) {
      long start = System.nanoTime();
      // The built dictionary is cached in the models folder (rebuilt when its inputs change).
      EntityDictionary dictionary =
          DictionaryLoader.loadCached(shared, DictionaryLoader.cacheFile(models));
      boolean withCrf = !r.dictionaryOnly() && r.mesh().isPresent();
      EntityRecognizer recognizer =
          withCrf
              ? new EntityRecognizer(
                  dictionary, CrfMentionTagger.loadOrTrain(models, shared, r.mesh().get()))
              : new EntityRecognizer(dictionary);
      say.accept(
          String.format(
              Locale.ROOT,
              "Enrich: entities (%s) ready in %.1f s",
              withCrf ? "dictionaries + CRF" : "dictionaries",
              (System.nanoTime() - start) / 1e9));
      steps.add(new Entities(recognizer, r.mesh()));
      if (chosen.contains(Step.RELATIONS)) {
        List<Path> train = RelationTrainer.defaultTrainingFiles(shared);
        Path file = models.resolve(RelationModel.FILE_NAME);
        if (Files.isRegularFile(file) || train.stream().allMatch(Files::isRegularFile)) {
          Hierarchy hierarchy = r.mesh().map(Hierarchy::of).orElse(Hierarchy.NONE);
          // the index stores BioRED's types: CID is narrower, one kind of its chemical-disease
          // Positive_Correlation
          steps.add(
              new Relations(
                  new RelationExtractor(
                      RelationModel.loadOrTrainIn(models, shared, hierarchy),
                      Guideline.BIORED,
                      hierarchy)));
        } else {
          say.accept("Enrich: relations skipped (no model at " + file + " and no " + train + ")");
        }
      }
    } else if (chosen.contains(Step.RELATIONS)) {
      say.accept(
          "Enrich: relations skipped (they are read between the entities the entities step finds)");
    }
    if (chosen.contains(Step.ROLES)) {
      if (RoleCorpora.available(models, shared)) {
        steps.add(new SentenceRoles(new RoleClassifier(RoleCorpora.loadOrTrainIn(models, shared))));
      } else {
        say.accept(
            "Enrich: roles skipped (no model at "
                + models.resolve(RoleCorpora.MODEL_FILE)
                + " and no training data under "
                + shared
                + ")");
      }
    }
    if (chosen.contains(Step.CHALLENGES)) {
      Embedder embedder = r.sentenceEmbedder().get();
      Path train = shared.resolve("scientific-challenges-directions/train_set.csv");
      Path pubmedQa = shared.resolve("pubmedqa/ori_pqal.json");
      if (Files.isRegularFile(ChallengeModel.file(models, embedder.modelName()))
          || Files.isRegularFile(train)) {
        steps.add(
            new ChallengeLabels(
                new ChallengeClassifier(
                    ChallengeModel.loadOrTrain(
                        models,
                        train,
                        Files.isRegularFile(pubmedQa) ? Optional.of(pubmedQa) : Optional.empty(),
                        embedder.modelName())),
                embedder));
      } else {
        say.accept("Enrich: challenges skipped (no model in " + models + " and no " + train + ")");
      }
    }
    if (chosen.contains(Step.VECTORS)) {
      steps.add(new Vectors(r.articleEmbedder().get()));
    }
    if (chosen.contains(Step.SUGGEST_MESH)) {
      r.mesh()
          .ifPresentOrElse(
              m ->
                  steps.add(
                      new SuggestedMesh(
                          m,
                          new SimilarArticles(r.store(), SimilarArticles.DEFAULT_COUNT, true),
                          SuggestedMesh.DEFAULT_HEADINGS)),
              () -> say.accept("Enrich: suggest-mesh skipped (no MeSH vocabulary)"));
    }
    if (steps.stream().anyMatch(s -> s.needs().contains(Part.SENTENCES))) {
      steps.add(0, new Sentences());
    }
    Pipeline pipeline = Pipeline.of(steps);
    if (!pipeline.isEmpty()) {
      say.accept("Enrich: " + pipeline);
    }
    return pipeline;
  }
}
