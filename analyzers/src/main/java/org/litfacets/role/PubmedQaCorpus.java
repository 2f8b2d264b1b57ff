package org.litfacets.role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.litfacets.article.Article;
import org.litfacets.pubmedqa.PubmedQaReader;
import org.litfacets.sentence.SentenceSplitter;

/**
 * PubMedQA's {@code ori_pqal.json} as role-labelled abstracts: each CONTEXTS passage carries its
 * structured-abstract heading in LABELS, and LONG_ANSWER is the abstract's conclusion. Abstracts
 * with a heading that names no role (e.g. "UNLABELLED") are left out whole, as in {@link
 * LabelledAbstract#of}.
 *
 * <p>The corpus has no official role split; {@link HeldOutSplit} gives training and held-out parts.
 */
public final class PubmedQaCorpus {

  private PubmedQaCorpus() {}

  /**
   * Every labelled abstract, as gold (see {@link LabelledAbstract#of(Article, SentenceSplitter)}).
   */
  public static List<LabelledAbstract> read(Path json, SentenceSplitter splitter) {
    return read(json, splitter, LabelledAbstract::of);
  }

  /** Every abstract fit to learn from (see {@link LabelledAbstract#forTraining}). */
  public static List<LabelledAbstract> readForTraining(Path json, SentenceSplitter splitter) {
    return read(json, splitter, LabelledAbstract::forTraining);
  }

  private static List<LabelledAbstract> read(
      Path json,
      SentenceSplitter splitter,
      BiFunction<Article, SentenceSplitter, Optional<LabelledAbstract>> labelled) {
    List<LabelledAbstract> abstracts = new ArrayList<>();
    for (Article article : PubmedQaReader.read(json)) {
      labelled.apply(article, splitter).ifPresent(abstracts::add);
    }
    return abstracts;
  }

  /** The fixed 80 % used for training. */
  public static List<LabelledAbstract> trainingPart(List<LabelledAbstract> abstracts) {
    return HeldOutSplit.trainingPart(abstracts);
  }

  /** The fixed 20 % never trained on. */
  public static List<LabelledAbstract> heldOutPart(List<LabelledAbstract> abstracts) {
    return HeldOutSplit.heldOutPart(abstracts);
  }
}
