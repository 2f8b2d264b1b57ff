package org.litfacets.entity.learned;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.litfacets.article.EntityType;
import org.litfacets.entity.Mention;
import org.litfacets.entity.MentionTagger;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.sentence.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds typed entity mentions with one or more CRF models over subword tokens. Mentions carry no
 * identifier (normalisation is the dictionaries' job). When models disagree on a stretch of text,
 * the model listed first wins, except that a gene keeps a chemical word of its name ({@link
 * #namesGeneAround}). Thread-safe (the models are immutable).
 */
public final class CrfMentionTagger implements MentionTagger {

  private static final Logger LOG = LoggerFactory.getLogger(CrfMentionTagger.class);

  /**
   * A default model: its name, training files relative to the shared data folder, the types it
   * learns, and the types it reports.
   */
  record ModelSpec(
      String name, List<String> trainFiles, Set<EntityType> types, Set<EntityType> emitted) {
    Path file(Path modelsDir) {
      return modelsDir.resolve("ner-crf-" + name + "-v" + TokenFeatures.VERSION + ".crfsuite");
    }
  }

  /**
   * BC5CDR's chemicals and diseases first, then BioRED's other four types. Measured on the dev
   * splits with feature version 1: with the BioRED model first, BioRED's overall mention F1 rose
   * from 0.77 to 0.81 but BC5CDR's chemical F1 fell from 0.90 to 0.89, because BioRED calls many
   * BC5CDR chemicals (hormones, peptides) genes; a BioRED model trained on all six types and
   * reporting four did worse on both (0.80 and 0.88). Adding NCBI-disease to the BC5CDR training
   * set lowered BC5CDR disease F1 from 0.82 to 0.81, so it is left out.
   */
  static final List<ModelSpec> DEFAULT_MODELS =
      List.of(
          new ModelSpec(
              "cdr",
              List.of("bc5cdr/CDR_TrainingSet.PubTator.txt"),
              EnumSet.of(EntityType.CHEMICAL, EntityType.DISEASE),
              EnumSet.of(EntityType.CHEMICAL, EntityType.DISEASE)),
          new ModelSpec(
              "biored",
              List.of("biored/Train.PubTator"),
              EnumSet.of(
                  EntityType.GENE, EntityType.SPECIES, EntityType.VARIANT, EntityType.CELL_LINE),
              EnumSet.of(
                  EntityType.GENE, EntityType.SPECIES, EntityType.VARIANT, EntityType.CELL_LINE)));

  private final List<CrfModel> models;
  private final TermDictionary dictionary;

  /** {@code dictionary} must be the one the models were trained with. */
  public CrfMentionTagger(List<CrfModel> models, TermDictionary dictionary) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("a CRF mention tagger needs at least one model");
    }
    this.models = List.copyOf(models);
    this.dictionary = dictionary;
  }

  public List<CrfModel> models() {
    return models;
  }

  @Override
  public List<Mention> tag(String text) {
    List<Span> tokens = SubwordTokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      return List.of();
    }
    TokenFeatures.Table features = TokenFeatures.of(text, tokens, dictionary);
    List<Mention> found = new ArrayList<>();
    for (CrfModel model : models) {
      for (Mention m : BioLabels.decode(text, tokens, model.decode(features, tokens.size()))) {
        if (model.emitted().contains(m.type())
            && found.stream()
                .noneMatch(
                    f ->
                        f.start() < m.end()
                            && m.start() < f.end()
                            && !namesGeneAround(text, m, f))) {
          found.add(m);
        }
      }
    }
    return MentionConsistency.apply(text, tokens, found);
  }

  /** Words after a gene's name that make it a drug class: "bradykinin receptor antagonists". */
  private static final Pattern DRUG_CLASS_AFTER =
      Pattern.compile("[- ](?:ant)?agonists?\\b|[- ]blockers?\\b|[- ]inhibitors?\\b");

  /** Words after a chemical that make it a modifier: "thiazide-sensitive Na-Cl co-transporter". */
  private static final Pattern MODIFIER_AFTER =
      Pattern.compile(
          "-(?:sensitive|insensitive|dependent|activated|gated|induced|inducible|regulated"
              + "|responsive|binding)\\b");

  /**
   * Whether a later model's gene {@code gene} is kept although it overlaps an earlier model's
   * chemical {@code chemical}: when the chemical is a word of the gene's name before its head
   * ("neuronal NO synthase", "angiotensin II type 1a receptor", "dopamine transporter"), BioRED
   * (PubTator 3's guideline) annotates the gene and no chemical, and the recogniser then drops the
   * chemical. Not for a gene that a drug class's word follows ("bradykinin receptor antagonists",
   * which BioRED annotates as one chemical and BC5CDR as "bradykinin" alone), nor for a chemical
   * that modifies the gene ("thiazide-sensitive", annotated in both corpora). Measured on the dev
   * splits with the recogniser: BioRED chemical mention F1 0.833 to 0.844 (16 false positives
   * fewer, 2 hits lost), BC5CDR chemical 0.913 to 0.911 (23 hits lost, 8 false positives fewer:
   * BC5CDR annotates the chemical in every gene name); without the two exceptions BioRED rose to
   * 0.847 but BC5CDR fell to 0.909.
   */
  static boolean namesGeneAround(String text, Mention gene, Mention chemical) {
    return gene.type() == EntityType.GENE
        && chemical.type() == EntityType.CHEMICAL
        && gene.start() <= chemical.start()
        && chemical.end() < gene.end()
        && !DRUG_CLASS_AFTER.matcher(text).region(gene.end(), text.length()).lookingAt()
        && !MODIFIER_AFTER.matcher(text).region(chemical.end(), text.length()).lookingAt();
  }

  /**
   * The default tagger from {@code modelsDir}, with dictionary features from the MeSH tables in
   * {@code sharedDataDir/mesh}; models that are missing or damaged are first trained from the
   * training splits under {@code sharedDataDir}.
   */
  public static CrfMentionTagger loadOrTrain(Path modelsDir, Path sharedDataDir) {
    return loadOrTrain(modelsDir, sharedDataDir, loadMesh(sharedDataDir));
  }

  /** As {@link #loadOrTrain(Path, Path)}, with a MeSH vocabulary the caller has already loaded. */
  public static CrfMentionTagger loadOrTrain(
      Path modelsDir, Path sharedDataDir, MeshVocabulary mesh) {
    TermDictionary dictionary = TermDictionary.fromMesh(mesh);
    List<CrfModel> loaded = new ArrayList<>();
    for (ModelSpec spec : DEFAULT_MODELS) {
      CrfModel model =
          CrfModel.read(
                  spec.file(modelsDir),
                  reason ->
                      LOG.info(
                          "{}; training the NER model from {} (about a minute)",
                          reason,
                          spec.trainFiles()))
              .orElseGet(() -> train(spec, modelsDir, sharedDataDir, dictionary));
      loaded.add(model.emitting(spec.emitted()));
    }
    return new CrfMentionTagger(loaded, dictionary);
  }

  /** (Re)trains every default model into {@code modelsDir}; the entry point of "train ner". */
  public static List<Path> trainDefaultModels(Path modelsDir, Path sharedDataDir) {
    TermDictionary dictionary = TermDictionary.fromMesh(loadMesh(sharedDataDir));
    List<Path> written = new ArrayList<>();
    for (ModelSpec spec : DEFAULT_MODELS) {
      written.add(train(spec, modelsDir, sharedDataDir, dictionary).file());
    }
    return written;
  }

  private static CrfModel train(
      ModelSpec spec, Path modelsDir, Path sharedDataDir, TermDictionary dictionary) {
    List<Path> files = spec.trainFiles().stream().map(sharedDataDir::resolve).toList();
    return CrfTraining.train(files, spec.types(), dictionary, spec.file(modelsDir));
  }

  private static MeshVocabulary loadMesh(Path sharedDataDir) {
    Path dir = sharedDataDir.resolve("mesh");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("the NER models need the MeSH tables in " + dir);
    }
    return MeshVocabulary.load(dir);
  }
}
