package org.litfacets.enrichment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.litfacets.pubmed.PubmedRecord;
import org.litfacets.pubmed.PubmedXmlReader;
import org.litfacets.role.LabelledAbstract;
import org.litfacets.role.PubmedQaCorpus;
import org.litfacets.role.RoleModel;
import org.litfacets.role.RoleTrainingSet;
import org.litfacets.role.ScifactCorpus;
import org.litfacets.sentence.SentenceSplitter;

/**
 * The structured abstracts under the shared data folder that the sentence-role model learns from:
 * PubMedQA's, the PubMed XML samples' and SciFact's, each less its fixed held-out part (see {@link
 * RoleTrainingSet}).
 */
public final class RoleCorpora {

  /** The role model's file in the models folder; a new name whenever its features change. */
  public static final String MODEL_FILE = "roles-v2.bin";

  private RoleCorpora() {}

  /** The role model in {@code models}, trained first on the corpora under {@code shared}. */
  public static RoleModel loadOrTrainIn(Path models, Path shared) {
    return RoleModel.loadOrTrain(models.resolve(MODEL_FILE), () -> training(shared));
  }

  /** True when there is a model file or something to train one on. */
  public static boolean available(Path models, Path shared) {
    return Files.isRegularFile(models.resolve(MODEL_FILE)) || !sources(shared).isEmpty();
  }

  /** The training abstracts of every corpus present under {@code shared}. */
  public static List<LabelledAbstract> training(Path shared) {
    SentenceSplitter splitter = new SentenceSplitter();
    Map<String, List<LabelledAbstract>> corpora = new LinkedHashMap<>();
    for (Path source : sources(shared)) {
      corpora.put(source.toString(), read(source, splitter, true));
    }
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException(
          "no role training data (pubmedqa, pubmed-xml-samples, beir-scifact) under " + shared);
    }
    return RoleTrainingSet.of(corpora);
  }

  private static List<Path> sources(Path shared) {
    return Stream.of(
            shared.resolve("pubmedqa/ori_pqal.json"),
            shared.resolve("pubmed-xml-samples"),
            shared.resolve("beir-scifact/corpus.jsonl.gz"))
        .filter(Files::exists)
        .toList();
  }

  private static List<LabelledAbstract> read(
      Path source, SentenceSplitter splitter, boolean forTraining) {
    if (ScifactCorpus.looksLike(source)) {
      return forTraining
          ? ScifactCorpus.readForTraining(source, splitter)
          : ScifactCorpus.read(source, splitter);
    }
    if (source.getFileName().toString().endsWith(".json")) {
      return forTraining
          ? PubmedQaCorpus.readForTraining(source, splitter)
          : PubmedQaCorpus.read(source, splitter);
    }
    return structuredAbstracts(xmlFiles(source), forTraining);
  }

  /** The PubMed XML files that {@code input} is or holds; empty when it is not PubMed XML. */
  public static List<Path> xmlFiles(Path input) {
    if (Files.isRegularFile(input)) {
      return isXml(input) ? List.of(input) : List.of();
    }
    if (!Files.isDirectory(input)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(Files::isRegularFile).filter(RoleCorpora::isXml).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
  }

  private static boolean isXml(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xml") || name.endsWith(".xml.gz");
  }

  /**
   * Every structured abstract of PubMed XML files whose parts all have a role, as gold;
   * unstructured abstracts and those with unknown headings are left out.
   */
  public static List<LabelledAbstract> structuredAbstracts(List<Path> xmlFiles) {
    return structuredAbstracts(xmlFiles, false);
  }

  /** As {@link #structuredAbstracts(List)}, those fit to learn from. */
  public static List<LabelledAbstract> structuredAbstractsForTraining(List<Path> xmlFiles) {
    return structuredAbstracts(xmlFiles, true);
  }

  private static List<LabelledAbstract> structuredAbstracts(
      List<Path> xmlFiles, boolean forTraining) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<LabelledAbstract> out = new ArrayList<>();
    for (Path file : xmlFiles) {
      try (PubmedXmlReader reader = PubmedXmlReader.open(file)) {
        for (PubmedRecord r = reader.next(); r != null; r = reader.next()) {
          if (r instanceof PubmedRecord.Citation c) {
            Optional<LabelledAbstract> labelled =
                forTraining
                    ? LabelledAbstract.forTraining(c.article(), splitter)
                    : LabelledAbstract.of(c.article(), splitter);
            labelled.ifPresent(out::add);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read PubMed XML " + file, e);
      }
    }
    return out;
  }
}
