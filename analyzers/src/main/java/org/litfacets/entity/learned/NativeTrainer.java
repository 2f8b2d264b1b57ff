package org.litfacets.entity.learned;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.litfacets.article.EntityType;
import org.litfacets.modelfile.ModelFile;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.sentence.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import third_party.org.chokkan.crfsuite.ItemSequence;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Trainer;

/**
 * The CRFsuite calls of {@link CrfTraining}; use only after {@link
 * CrfTraining#loadNativeLibrary()}.
 */
final class NativeTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(CrfTraining.class);

  private NativeTrainer() {}

  static CrfModel train(
      List<PubtatorDocument> documents,
      Set<EntityType> types,
      TermDictionary dictionary,
      Path modelFile,
      CrfTraining.Options options) {
    long started = System.nanoTime();
    Trainer trainer =
        new Trainer() {
          @Override
          public void message(String message) {
            // CRFsuite reports every L-BFGS iteration; on stdout that would also corrupt the
            // channel of Maven's forked test JVMs. The summary logged below is enough.
          }
        };
    try {
      trainer.select("lbfgs", "crf1d");
      trainer.set("c1", Double.toString(options.c1()));
      trainer.set("c2", Double.toString(options.c2()));
      trainer.set("max_iterations", Integer.toString(options.maxIterations()));
      // Lets the model learn that O -> I-X never happens, which keeps mentions well-formed.
      trainer.set("feature.possible_transitions", "1");
      CrfItems items = new CrfItems();
      int tokenCount = 0;
      for (PubtatorDocument d : documents) {
        String text = d.text();
        List<Span> tokens = SubwordTokenizer.tokenize(text);
        if (tokens.isEmpty()) {
          continue;
        }
        StringList labels = new StringList();
        for (String l : BioLabels.encode(tokens, d.annotations(), types)) {
          labels.add(l);
        }
        ItemSequence sequence =
            items.sequence(TokenFeatures.of(text, tokens, dictionary).attributes(tokens.size()));
        trainer.append(sequence, labels, 0);
        sequence.delete();
        labels.delete();
        tokenCount += tokens.size();
      }
      ModelFile.replace(
          modelFile,
          partial -> {
            if (trainer.train(partial.toString(), -1) != 0) {
              throw new IllegalStateException("CRFsuite failed to train " + modelFile);
            }
          });
      LOG.info(
          "trained {} on {} documents ({} tokens) for {} in {} s",
          modelFile,
          documents.size(),
          tokenCount,
          types,
          (System.nanoTime() - started) / 1_000_000_000L);
    } finally {
      trainer.delete();
    }
    return CrfModel.load(modelFile);
  }
}
