package org.litfacets.entity.learned;

import com.github.jcrfsuite.util.CrfSuiteLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litfacets.article.EntityType;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;

/**
 * Trains CRF models with CRFsuite (L-BFGS, L1+L2 regularised) on PubTator corpora. Needs the JVM
 * option {@code --add-opens java.base/java.lang=ALL-UNNAMED} on Java 17 (CRFsuite's native loader).
 */
public final class CrfTraining {

  /**
   * L-BFGS settings: L1 and L2 regularisation weights and the iteration cap. The default c1 of 0.01
   * beat 0.05 (sparser) and pure L2 on BC5CDR dev (disease F1 0.825 against 0.820 and 0.741).
   */
  public record Options(double c1, double c2, int maxIterations) {
    public static final Options DEFAULT = new Options(0.01, 0.01, 150);

    public Options {
      if (c1 < 0 || c2 < 0 || maxIterations < 1) {
        throw new IllegalArgumentException(
            "CRF options need c1 >= 0, c2 >= 0, maxIterations >= 1, got "
                + c1
                + ", "
                + c2
                + ", "
                + maxIterations);
      }
    }
  }

  private CrfTraining() {}

  /** Trains on the mentions of {@code types} in PubTator files (use training splits only). */
  public static CrfModel train(
      List<Path> pubtatorFiles, Set<EntityType> types, TermDictionary dictionary, Path modelFile) {
    List<PubtatorDocument> documents = new ArrayList<>();
    for (Path f : pubtatorFiles) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no PubTator training file at " + f);
      }
      documents.addAll(PubtatorReader.read(f));
    }
    return train(documents, types, dictionary, modelFile, Options.DEFAULT);
  }

  /** The dictionary must be the one the model will tag with. */
  public static CrfModel train(
      List<PubtatorDocument> documents,
      Set<EntityType> types,
      TermDictionary dictionary,
      Path modelFile,
      Options options) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("train a CRF model for at least one entity type");
    }
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no training documents");
    }
    loadNativeLibrary();
    // Only now may classes that mention CRFsuite's types be loaded, see loadNativeLibrary.
    return NativeTrainer.train(documents, types, dictionary, modelFile, options);
  }

  /**
   * Loads CRFsuite's native library. jcrfsuite defines its SWIG classes in the parent class loader
   * when it loads the library; a SWIG class loaded earlier by the application loader (even by the
   * verifier of a class that merely mentions it) then breaks every native call with a
   * loader-constraint LinkageError. So this class and every caller before this point must not
   * mention those classes.
   */
  static void loadNativeLibrary() {
    try {
      CrfSuiteLoader.load();
    } catch (Exception | LinkageError e) {
      throw new IllegalStateException(
          "cannot load CRFsuite's native library; on Java 17 the JVM needs "
              + "--add-opens java.base/java.lang=ALL-UNNAMED",
          e);
    }
  }
}
