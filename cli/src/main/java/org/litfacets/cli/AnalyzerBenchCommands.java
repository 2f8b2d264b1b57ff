package org.litfacets.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.litfacets.article.EntityMention;
import org.litfacets.challenge.ChallengeBenchmark;
import org.litfacets.challenge.ChallengeModel;
import org.litfacets.enrichment.RoleCorpora;
import org.litfacets.entity.NerBenchmark;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;
import org.litfacets.relation.CooccurrenceBaseline;
import org.litfacets.relation.GoldAbstract;
import org.litfacets.relation.Guideline;
import org.litfacets.relation.Hierarchy;
import org.litfacets.relation.RelationBenchmark;
import org.litfacets.relation.RelationExtractor;
import org.litfacets.relation.RelationModel;
import org.litfacets.relation.RelationTrainer;
import org.litfacets.role.HeldOutSplit;
import org.litfacets.role.LabelledAbstract;
import org.litfacets.role.RoleBenchmark;
import org.litfacets.role.RoleModel;
import org.litfacets.sentence.SentenceBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Benchmarks of the analyzers (entities, relations, sentence roles, challenge sentences, sentence
 * splitting) on annotated files. Results are named after the input (e.g.
 * ner-bc5cdr-cdr-developmentset) so that runs on several splits are all kept.
 */
final class AnalyzerBenchCommands {
  private AnalyzerBenchCommands() {}

  /** What every analyzer benchmark takes besides its input. */
  static final class Options {
    @Mixin DataOptions data;

    @Mixin ModelsOption modelsFolder;

    @Mixin ResultsOption results;
  }

  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description =
          "Entity recognition on a PubTator file: strict mention P/R/F1 and document-level identifier P/R/F1 "
              + "per type and overall, and abstracts/s. Goals on BC5CDR dev: chemical mention F1 0.88, disease 0.82.")
  static final class Ner implements Callable<Integer> {
    @Mixin Options options;

    @Parameters(
        index = "0",
        paramLabel = "PUBTATOR",
        description =
            "A PubTator file, e.g. "
                + "../shared/data/bc5cdr/CDR_DevelopmentSet.PubTator.txt or ../shared/data/biored/Dev.PubTator.")
    Path file;

    @Option(
        names = "--dictionary-only",
        description = "Dictionaries and patterns only, without the CRF models.")
    boolean dictionaryOnly;

    @Option(
        names = "--errors",
        paramLabel = "TSV",
        description =
            "Also write every false positive and false negative mention to this file (kind, PMID, type, "
                + "offsets, text, id, the overlapping mention of the other side), and every false positive "
                + "and false negative document-level id (kind FP-ID, FN-ID: its mentions' texts, the id, "
                + "the other side's ids at those mentions), for error analysis.")
    Path errors;

    @Override
    public Integer call() throws IOException {
      requireFile(file, "PubTator file");
      // the mentions the index stores: the indexer's own entity step, which keeps only mentions
      // normalised to an identifier
      IndexedMentions stored =
          IndexedMentions.build(
              options.data.sharedData,
              options.modelsFolder.models,
              Optional.of(options.data.requireMesh("bench ner")),
              dictionaryOnly,
              System.err::println);
      String kind =
          (dictionaryOnly ? "dictionaries" : "dictionaries + CRF")
              + ", as the index stores them (normalised mentions only)";
      NerBenchmark.Result result =
          NerBenchmark.score(file.getFileName().toString(), PubtatorReader.read(file), stored);
      Map<String, Object> figures = new LinkedHashMap<>(rounded(result.figures()));
      figures.put("recogniser", kind);
      String name = resultName("ner" + (dictionaryOnly ? "-dictionary" : ""), file);
      BenchResults.publish(
          options.results.folder,
          name,
          dictionaryOnly ? "ner --dictionary-only" : "ner",
          List.of(file),
          result.report().stripTrailing() + "\nrecogniser: " + kind,
          figures);
      if (errors != null) {
        List<String> lines = new ArrayList<>();
        lines.add("kind\tpmid\ttype\tstart\tend\ttext\tid\toverlapping");
        result.errors().forEach(e -> lines.add(e.tsv()));
        Files.write(errors, lines);
      }
      return 0;
    }
  }

  @Command(
      name = "relations",
      mixinStandardHelpOptions = true,
      description =
          "Document-level relations between entity identifiers on a PubTator file with gold relations "
              + "(BioRED; BC5CDR, read by its chemical-induced disease guideline): P/R/F1 over entity pairs "
              + "and over pairs with their type, with the file's entities and with the recogniser's, beside the sentence "
              + "co-occurrence baseline. Goal: 10 pair-F1 points above co-occurrence with gold entities.")
  static final class Relations implements Callable<Integer> {
    @Mixin Options options;

    @Parameters(
        index = "0",
        paramLabel = "PUBTATOR",
        description =
            "A PubTator file with relations, e.g. "
                + "../shared/data/biored/Dev.PubTator or ../shared/data/bc5cdr/CDR_DevelopmentSet.PubTator.txt.")
    Path file;

    @Option(
        names = "--train",
        description =
            "BioRED-style training file that gives the co-occurrence baseline its type per type "
                + "pair. Default: <shared-data>/biored/Train.PubTator.")
    Path train;

    @Option(
        names = "--gold-entities-only",
        description =
            "Score with the file's entities only, without the "
                + "recogniser (which needs MeSH and the NER models).")
    boolean goldEntitiesOnly;

    @Override
    public Integer call() {
      requireFile(file, "PubTator file");
      Path trainFile =
          train != null
              ? train
              : RelationTrainer.defaultTrainingFiles(options.data.sharedData).get(0);
      requireFile(trainFile, "relation training file");
      Hierarchy hierarchy = TrainCommand.hierarchy(options.data);
      RelationModel model =
          RelationModel.loadOrTrainIn(
              options.modelsFolder.models, options.data.sharedData, hierarchy);
      CooccurrenceBaseline baseline = CooccurrenceBaseline.fit(GoldAbstract.read(trainFile));
      // the own-entity rows score the mentions the index stores: the indexer's own entity step
      Function<GoldAbstract, List<EntityMention>> ownMentions = null;
      if (!goldEntitiesOnly) {
        IndexedMentions stored =
            IndexedMentions.build(
                options.data.sharedData,
                options.modelsFolder.models,
                Optional.of(options.data.requireMesh("bench relations")),
                false,
                System.err::println);
        Map<String, PubtatorDocument> documents = new HashMap<>();
        PubtatorReader.read(file).forEach(d -> documents.put(d.pmid(), d));
        ownMentions = a -> stored.mentions(documents.get(a.pmid()));
      }
      List<GoldAbstract> gold = GoldAbstract.read(file);
      Guideline guideline = Guideline.of(gold);
      System.err.println("bench relations: " + file.getFileName() + " is read as " + guideline);
      RelationBenchmark.Result result =
          RelationBenchmark.run(
              file.getFileName().toString(),
              gold,
              new RelationExtractor(model, guideline, hierarchy)::extract,
              baseline::extract,
              ownMentions);
      BenchResults.publish(
          options.results.folder,
          resultName("relations", file),
          goldEntitiesOnly ? "relations --gold-entities-only" : "relations",
          List.of(file),
          result.report().stripTrailing(),
          rounded(result.figures()));
      return 0;
    }
  }

  @Command(
      name = "roles",
      mixinStandardHelpOptions = true,
      description =
          "Sentence roles (BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS): per-class and micro/macro "
              + "F1, the confusion matrix and ms per abstract. Goal: micro-F1 0.90 on held-out structured abstracts, "
              + "OBJECTIVE F1 0.70.")
  static final class Roles implements Callable<Integer> {
    @Mixin Options options;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description =
            "A PubMed-RCT-format file or an EBM-NLP file (all of it: the role model never learns from "
                + "EBM-NLP), a pubmed-rct folder (its dev.txt), or the fixed held-out 20 %% of PubMedQA's ori_pqal.json, SciFact's "
                + "corpus.jsonl.gz or PubMed XML files or folders (their structured abstracts, whose labels are hidden "
                + "from the classifier and used as gold).")
    Path input;

    @Override
    public Integer call() {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException("no such file or folder: " + input);
      }
      RoleModel model =
          RoleCorpora.loadOrTrainIn(options.modelsFolder.models, options.data.sharedData);
      RoleBenchmark.Result result;
      String note = "";
      List<Path> xml = RoleCorpora.xmlFiles(input);
      if (!xml.isEmpty()) {
        List<LabelledAbstract> abstracts =
            HeldOutSplit.heldOutPart(RoleCorpora.structuredAbstracts(xml));
        result = RoleBenchmark.run(input.toString(), abstracts, model);
        note =
            String.format(
                Locale.ROOT,
                "%nthe fixed held-out 20 %% of the structured abstracts of %d PubMed XML file(s); their section "
                    + "labels are the gold roles, as the index stores them",
                xml.size());
      } else {
        result = RoleBenchmark.run(input, model);
      }
      BenchResults.publish(
          options.results.folder,
          resultName("roles", input),
          "roles",
          List.of(input),
          result.report().stripTrailing() + note,
          rounded(result.figures()));
      return 0;
    }
  }

  @Command(
      name = "challenges",
      mixinStandardHelpOptions = true,
      description =
          "Challenge and direction sentences (Lahav et al.'s CSV format): P/R/F1 per label, micro-F1 and ms "
              + "per abstract. Goal: F1 0.70 per label on the val split.")
  static final class Challenges implements Callable<Integer> {
    @Mixin Options options;

    @Parameters(
        index = "0",
        paramLabel = "CSV",
        description =
            "A CSV of the corpus, e.g. ../shared/data/scientific-challenges-directions/val_set.csv.")
    Path csv;

    @Option(
        names = "--train",
        description =
            "Training CSV for a missing model. "
                + "Default: <shared-data>/scientific-challenges-directions/train_set.csv.")
    Path train;

    @Mixin AbstractsOption abstracts;

    @Mixin EmbeddingModelOption embeddingModel;

    @Option(
        names = "--every-sentence",
        description =
            "Read every sentence, not only the candidates by role and cue words that the indexer "
                + "reads: what the candidate filter costs in quality.")
    boolean everySentence;

    @Override
    public Integer call() {
      requireFile(csv, "CSV file");
      Path trainCsv =
          train != null ? train : TrainCommand.defaultChallengeTrainingSet(options.data.sharedData);
      Path modelFile = ChallengeModel.file(options.modelsFolder.models, embeddingModel.name);
      if (!Files.isRegularFile(modelFile)) {
        requireFile(trainCsv, "training CSV for the missing challenge model " + modelFile + ",");
      }
      ChallengeBenchmark.Result result =
          ChallengeBenchmark.run(
              csv,
              options.modelsFolder.models,
              trainCsv,
              abstracts.pubmedQa(options.data.sharedData),
              embeddingModel.name,
              !everySentence);
      BenchResults.publish(
          options.results.folder,
          resultName(everySentence ? "challenges-every-sentence" : "challenges", csv),
          everySentence ? "challenges --every-sentence" : "challenges",
          List.of(csv),
          result.report().stripTrailing(),
          rounded(result.figures()));
      return 0;
    }
  }

  @Command(
      name = "sentences",
      mixinStandardHelpOptions = true,
      description =
          "Sentence splitting on a PubTator file: sentences and gold entity mentions cut by a sentence "
              + "boundary (certain false splits), for the stock OpenNLP model and with the abbreviation post-pass.")
  static final class Sentences implements Callable<Integer> {
    @Mixin ResultsOption results;

    @Parameters(index = "0", paramLabel = "PUBTATOR", description = "A PubTator file.")
    Path file;

    @Override
    public Integer call() {
      requireFile(file, "PubTator file");
      SentenceBenchmark.Result result = SentenceBenchmark.run(file);
      BenchResults.publish(
          results.folder,
          resultName("sentences", file),
          "sentences",
          List.of(file),
          result.report().stripTrailing(),
          rounded(result.figures()));
      return 0;
    }
  }

  static void requireFile(Path file, String what) {
    if (file == null || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException(what + " " + file + " does not exist or is not a file");
    }
  }

  /**
   * "PREFIX-FOLDER-STEM" from the input's folder and file name without extensions, e.g.
   * ner-bc5cdr-cdr-developmentset, ner-biored-dev; a folder input gives "PREFIX-FOLDER".
   */
  static String resultName(String prefix, Path input) {
    Path absolute = input.toAbsolutePath().normalize();
    String name = slug(absolute.getFileName().toString());
    if (Files.isDirectory(absolute)) {
      return prefix + "-" + name;
    }
    String stem =
        slug(
            absolute
                .getFileName()
                .toString()
                .replaceAll("(?i)(\\.(txt|json|csv|xml|gz|pubtator|bioc))+$", ""));
    String folder =
        Optional.ofNullable(absolute.getParent())
            .map(Path::getFileName)
            .map(Path::toString)
            .map(AnalyzerBenchCommands::slug)
            .orElse("");
    return prefix + (folder.isEmpty() || stem.startsWith(folder) ? "" : "-" + folder) + "-" + stem;
  }

  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static Map<String, Object> rounded(Map<String, Double> figures) {
    Map<String, Object> out = new LinkedHashMap<>();
    figures.forEach((k, v) -> out.put(k, Math.round(v * 10000) / 10000.0));
    return out;
  }
}
