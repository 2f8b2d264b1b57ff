package org.litfacets.relation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import org.litfacets.maxent.MaxentTraining;
import org.litfacets.pubtator.PubtatorReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link RelationModel} from abstracts with gold entities and relations, each corpus read
 * by its {@link Guideline}.
 */
public final class RelationTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(RelationTrainer.class);

  /*
   * Chosen by 4-fold cross-validation on BioRED's training split (pair F1 0.708 at 1, 0.716 at 3, 0.726 at 10,
   * 0.728 at 30; type F1 best at 10): with a few hundred abstracts, strong smoothing pays. Kept for the joint
   * model (4-fold CID cross-validation on BC5CDR's training split: pair F1 0.582 at 10).
   */
  private static final double L2_COST = 10.0;

  private RelationTrainer() {}

  /** Abstracts annotated by one guideline. */
  public record Corpus(Guideline guideline, List<GoldAbstract> abstracts) {
    public Corpus {
      abstracts = List.copyOf(abstracts);
    }

    /**
     * The abstracts of a PubTator file but those whose PMIDs are {@code heldOut}, with the
     * guideline their relation names tell.
     */
    public static Corpus read(Path pubtatorFile, Set<String> heldOut) {
      if (!Files.isRegularFile(pubtatorFile)) {
        throw new IllegalArgumentException(
            "relation training file " + pubtatorFile + " does not exist");
      }
      List<GoldAbstract> all = GoldAbstract.read(pubtatorFile);
      List<GoldAbstract> kept = all.stream().filter(a -> !heldOut.contains(a.pmid())).toList();
      if (kept.size() < all.size()) {
        LOG.info(
            "{}: {} of {} abstracts left out of training, as a benchmark file scores them",
            pubtatorFile.getFileName(),
            all.size() - kept.size(),
            all.size());
      }
      return new Corpus(Guideline.of(all), kept);
    }
  }

  /** The training splits of BioRED and BC5CDR under the shared data folder. */
  public static List<Path> defaultTrainingFiles(Path sharedData) {
    return List.of(
        sharedData.resolve("biored/Train.PubTator"),
        sharedData.resolve("bc5cdr/CDR_TrainingSet.PubTator.txt"));
  }

  /**
   * The PMIDs of the development splits that {@code bench relations} scores, present or not: BioRED
   * re-annotated BC5CDR abstracts, so that 44 of BioRED's training abstracts are in BC5CDR's dev
   * split and 10 of BC5CDR's training abstracts in BioRED's; none is trained on.
   */
  public static Set<String> benchmarkPmids(Path sharedData) {
    Set<String> pmids = new HashSet<>();
    for (Path dev :
        List.of(
            sharedData.resolve("biored/Dev.PubTator"),
            sharedData.resolve("bc5cdr/CDR_DevelopmentSet.PubTator.txt"))) {
      if (Files.isRegularFile(dev)) {
        PubtatorReader.read(dev).forEach(d -> pmids.add(d.pmid()));
      }
    }
    return pmids;
  }

  /** Reads the training files, leaving out the abstracts of {@code heldOut}. */
  public static List<Corpus> read(List<Path> files, Set<String> heldOut) {
    return files.stream().map(f -> Corpus.read(f, heldOut)).toList();
  }

  /**
   * Entry point of {@code litfacets train relations}: trains on the corpora, then saves and returns
   * the model.
   */
  public static RelationModel trainAndSave(
      List<Corpus> corpora, Hierarchy hierarchy, Path modelFile) {
    RelationModel model = train(corpora, hierarchy);
    model.save(modelFile);
    LOG.info("relation model saved to {}", modelFile);
    return model;
  }

  /**
   * Every candidate pair of every abstract is one example: the outcome its corpus's guideline gives
   * it, "None" when it is not related.
   */
  public static RelationModel train(List<Corpus> corpora, Hierarchy hierarchy) {
    return train(corpora, hierarchy, L2_COST);
  }

  static RelationModel train(List<Corpus> corpora, Hierarchy hierarchy, double l2Cost) {
    long t0 = System.nanoTime();
    List<Event> events = new ArrayList<>();
    int related = 0;
    int abstracts = 0;
    for (Corpus corpus : corpora) {
      Guideline g = corpus.guideline();
      for (GoldAbstract a : corpus.abstracts()) {
        abstracts++;
        for (RelationFeatures.Candidate c :
            RelationFeatures.of(a.text(), a.sentences(), a.mentions(), g, hierarchy)) {
          String outcome = g.outcome(a.relations().get(c.pair()));
          related += outcome.equals(RelationModel.NONE) ? 0 : 1;
          events.add(new Event(outcome, c.features()));
        }
      }
    }
    if (related == 0) {
      throw new IllegalArgumentException(
          "no relation between candidate pairs of the " + abstracts + " training abstracts");
    }
    RelationModel model = new RelationModel(MaxentTraining.train(events, l2Cost, "relation model"));
    LOG.info(
        String.format(
            Locale.ROOT,
            "relation model trained on %d abstracts (%d candidate pairs) in %.1f s",
            abstracts,
            events.size(),
            (System.nanoTime() - t0) / 1e9));
    return model;
  }
}
