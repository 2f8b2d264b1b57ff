package org.litfacets.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.litfacets.challenge.ChallengeModel;
import org.litfacets.challenge.ChallengeTrainer;
import org.litfacets.embedding.Embedder;
import org.litfacets.embedding.TextEmbeddingModel;
import org.litfacets.enrichment.RoleCorpora;
import org.litfacets.entity.learned.CrfMentionTagger;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.suggest.DescriptorVectors;
import org.litfacets.relation.Hierarchy;
import org.litfacets.relation.RelationModel;
import org.litfacets.relation.RelationTrainer;
import org.litfacets.role.HeldOutSplit;
import org.litfacets.role.LabelledAbstract;
import org.litfacets.role.RoleTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Trains the analyzers' models into --models (git-ignored). Commands that need a missing model "
            + "train it themselves; these retrain on purpose or from other data.",
    subcommands = {
      TrainCommand.Ner.class,
      TrainCommand.Relations.class,
      TrainCommand.Roles.class,
      TrainCommand.Challenges.class,
      TrainCommand.MeshVectors.class
    })
final class TrainCommand {

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description =
          "Trains the CRF entity recognisers on the BC5CDR and BioRED training splits under --shared-data "
              + "(minutes).")
  static final class Ner implements Callable<Integer> {
    @Mixin DataOptions data;

    @Mixin ModelsOption out;

    @Override
    public Integer call() {
      if (!Files.isDirectory(data.sharedData)) {
        throw new IllegalArgumentException(
            "shared data folder "
                + data.sharedData
                + " does not exist; "
                + "the NER models are trained from its bc5cdr, biored and mesh folders");
      }
      long start = System.nanoTime();
      List<Path> written = CrfMentionTagger.trainDefaultModels(out.models, data.sharedData);
      done(
          "NER CRF models",
          "BC5CDR and BioRED training splits in " + data.sharedData,
          written,
          start);
      return 0;
    }
  }

  @Command(
      name = "relations",
      mixinStandardHelpOptions = true,
      description =
          "Trains the relation classifier (BioRED's types between entity pairs of an abstract, and "
              + "BC5CDR's chemical-induced disease) into <models>/"
              + RelationModel.FILE_NAME
              + " (seconds), reading MeSH's tree for which disease is the most specific.")
  static final class Relations implements Callable<Integer> {
    @Mixin DataOptions data;

    @Mixin ModelsOption out;

    @Parameters(
        arity = "0..*",
        paramLabel = "TRAIN_PUBTATOR",
        description =
            "PubTator files with BioRED relations or BC5CDR's CID, each read by the guideline its "
                + "relation names tell. Default: <shared-data>/biored/Train.PubTator and "
                + "<shared-data>/bc5cdr/CDR_TrainingSet.PubTator.txt. Abstracts of the BioRED and "
                + "BC5CDR dev splits are left out.")
    List<Path> train;

    @Override
    public Integer call() {
      List<Path> files =
          train != null && !train.isEmpty()
              ? train
              : RelationTrainer.defaultTrainingFiles(data.sharedData);
      files.forEach(f -> AnalyzerBenchCommands.requireFile(f, "relation training file"));
      long start = System.nanoTime();
      Path model = out.models.resolve(RelationModel.FILE_NAME);
      RelationTrainer.trainAndSave(
          RelationTrainer.read(files, RelationTrainer.benchmarkPmids(data.sharedData)),
          hierarchy(data),
          model);
      done(
          "relation model",
          String.join(", ", files.stream().map(Path::toString).toList()),
          List.of(model),
          start);
      return 0;
    }
  }

  /** MeSH's tree, or none (said on stderr) when the vocabulary is missing. */
  static Hierarchy hierarchy(DataOptions data) {
    return data.loadMesh(System.err).map(Hierarchy::of).orElse(Hierarchy.NONE);
  }

  @Command(
      name = "roles",
      mixinStandardHelpOptions = true,
      description =
          "Trains the sentence-role classifier into <models>/" + RoleCorpora.MODEL_FILE + ".")
  static final class Roles implements Callable<Integer> {
    @Mixin ModelsOption out;

    @Parameters(
        arity = "1..*",
        paramLabel = "INPUT",
        description =
            "PubMed-RCT-format files or folders (their train.txt), EBM-NLP files (the abstracts whose "
                + "headings survive in their tokens), PubMedQA's ori_pqal.json or its folder, SciFact's "
                + "corpus.jsonl.gz, PubMed XML files or folders (their structured abstracts: each part's "
                + "sentences take the part's role); of all but "
                + "PubMed-RCT and EBM-NLP, the fixed training 80 %%.")
    List<Path> inputs;

    @Override
    public Integer call() {
      List<Path> labelled = new ArrayList<>();
      List<Path> xml = new ArrayList<>();
      for (Path input : inputs) {
        if (!Files.exists(input)) {
          throw new IllegalArgumentException("no such file or folder: " + input);
        }
        boolean labelledFolder =
            Files.isDirectory(input)
                && (Files.isRegularFile(input.resolve("ori_pqal.json"))
                    || Files.isRegularFile(input.resolve("train.txt")));
        List<Path> xmlFiles = labelledFolder ? List.of() : RoleCorpora.xmlFiles(input);
        if (xmlFiles.isEmpty()) {
          labelled.add(input);
        } else {
          xml.addAll(xmlFiles);
        }
      }
      List<LabelledAbstract> structured =
          xml.isEmpty()
              ? List.<LabelledAbstract>of()
              : HeldOutSplit.trainingPart(RoleCorpora.structuredAbstractsForTraining(xml));
      if (!xml.isEmpty()) {
        System.err.printf(
            Locale.ROOT,
            "roles: %,d structured abstracts from %d PubMed XML file(s)%n",
            structured.size(),
            xml.size());
      }
      long start = System.nanoTime();
      Path file = out.models.resolve(RoleCorpora.MODEL_FILE);
      RoleTrainer.trainAndSave(labelled, structured, file);
      done(
          "sentence-role model",
          String.join(", ", inputs.stream().map(Path::toString).toList()),
          List.of(file),
          start);
      return 0;
    }
  }

  @Command(
      name = "challenges",
      mixinStandardHelpOptions = true,
      description =
          "Trains the challenge/direction classifier (sentence vectors of the default embedding model, "
              + "lexical features, and keywords.csv beside the training file when present), with METHODS and plain "
              + "RESULTS sentences of PubMedQA's training abstracts as negatives.")
  static final class Challenges implements Callable<Integer> {
    @Mixin ModelsOption out;

    @Mixin AbstractsOption abstracts;

    @Mixin DataOptions data;

    @Parameters(
        index = "0",
        paramLabel = "TRAIN_CSV",
        description = "e.g. ../shared/data/scientific-challenges-directions/train_set.csv.")
    Path trainCsv;

    @Override
    public Integer call() {
      AnalyzerBenchCommands.requireFile(trainCsv, "training CSV");
      long start = System.nanoTime();
      ChallengeTrainer.trainAndSave(trainCsv, abstracts.pubmedQa(data.sharedData), out.models);
      done(
          "challenge/direction model",
          trainCsv.toString(),
          List.of(ChallengeModel.file(out.models, TextEmbeddingModel.DEFAULT_NAME)),
          start);
      return 0;
    }
  }

  static Path defaultChallengeTrainingSet(Path sharedData) {
    return sharedData.resolve("scientific-challenges-directions/train_set.csv");
  }

  @Command(
      name = "mesh-vectors",
      mixinStandardHelpOptions = true,
      description =
          "Embeds every MeSH heading with its entry terms for semantic MeSH suggestion (minutes, once).")
  static final class MeshVectors implements Callable<Integer> {
    @Mixin DataOptions data;

    @Mixin ModelsOption out;

    static Path file(Path models, String embeddingModel) {
      return models.resolve("mesh-vectors-" + embeddingModel + ".bin");
    }

    @Override
    public Integer call() {
      MeshVocabulary mesh =
          data.loadMesh(System.err)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no MeSH vocabulary: give --mesh or --shared-data, or run 'litfacets fetch mesh'"));
      long start = System.nanoTime();
      Embedder embedder = Embedder.withDefaultModel();
      Path file = file(out.models, embedder.modelName());
      DescriptorVectors.loadOrCompute(
          mesh, embedder::embedEach, embedder.modelName(), file, System.err);
      done(
          "MeSH heading vectors (" + embedder.modelName() + ")",
          mesh.size() + " descriptors",
          List.of(file),
          start);
      return 0;
    }
  }

  private static void done(String what, String from, List<Path> written, long startNanos) {
    System.out.printf(
        Locale.ROOT,
        "trained %s from %s in %.1f s%n",
        what,
        from,
        (System.nanoTime() - startNanos) / 1e9);
    written.forEach(p -> System.out.println("  wrote " + p));
  }
}
