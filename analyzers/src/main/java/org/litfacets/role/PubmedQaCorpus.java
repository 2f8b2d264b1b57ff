package org.litfacets.role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litfacets.article.Article;
import org.litfacets.pubmedqa.PubmedQaReader;
import org.litfacets.sentence.SentenceSplitter;

/**
 * PubMedQA's {@code ori_pqal.json} as role-labelled abstracts: each CONTEXTS passage carries its
 * structured-abstract heading in LABELS, and LONG_ANSWER is the abstract's conclusion. Passages are
 * split into sentences, each taking its passage's role. Abstracts with a heading that names no role
 * (e.g. "UNLABELLED") are left out whole, as in {@link LabelledAbstract#of}.
 *
 * <p>The corpus has no official role split, so a fixed, seeded split by PMID gives training and
 * held-out parts.
 */
public final class PubmedQaCorpus {

  /** Every 5th PMID in seeded-hash order is held out: 20 %. */
  private static final int HELD_OUT_EVERY = 5;

  private static final long SEED = 20191103L;

  private PubmedQaCorpus() {}

  public static List<LabelledAbstract> read(Path json, SentenceSplitter splitter) {
    List<LabelledAbstract> abstracts = new ArrayList<>();
    for (Article article : PubmedQaReader.read(json)) {
      LabelledAbstract.of(article.pmid(), article.sections(), splitter).ifPresent(abstracts::add);
    }
    return abstracts;
  }

  /** The fixed 80 % used for training. */
  public static List<LabelledAbstract> trainingPart(List<LabelledAbstract> abstracts) {
    return abstracts.stream().filter(a -> !isHeldOut(a.id())).toList();
  }

  /** The fixed 20 % never trained on. */
  public static List<LabelledAbstract> heldOutPart(List<LabelledAbstract> abstracts) {
    return abstracts.stream().filter(a -> isHeldOut(a.id())).toList();
  }

  static boolean isHeldOut(String id) {
    long h = SEED;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    return Math.floorMod(h ^ (h >>> 29), HELD_OUT_EVERY) == 0;
  }
}
