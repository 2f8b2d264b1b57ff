package org.litfacets.relation;

import java.util.List;
import java.util.Set;
import org.litfacets.article.EntityType;
import org.litfacets.article.RelationType;

/**
 * The annotation guideline a relation is read by. One model learns both (each feature is given once
 * as is and once tagged with its guideline, so that what the two agree on is learned from both
 * corpora and where they differ each keeps its own weight), and the caller chooses which
 * guideline's outcomes to read.
 */
public enum Guideline {
  /**
   * BioRED (Luo et al. 2022): eight relation types between the entities of an abstract, any of its
   * type pairs; what the index stores.
   */
  BIORED("biored", TypePair.BIORED, 0.35),
  /**
   * BC5CDR's chemical-induced disease (Wei et al. 2015): a chemical that the abstract says causes a
   * disease, the most specific disease named; treatments and mere co-occurrence are not related.
   * Its one outcome stands for BioRED's {@link RelationType#POSITIVE_CORRELATION}, the type BioRED
   * gives a chemical that causes a disease.
   */
  CID("cid", Set.of(TypePair.of(EntityType.DISEASE, EntityType.CHEMICAL)), 0.30);

  /** The outcome of a related pair under {@link #CID}, as BC5CDR's relation lines name it. */
  static final String CID_OUTCOME = "CID";

  private final String tag;
  private final Set<TypePair> typePairs;
  private final double minRelated;

  Guideline(String tag, Set<TypePair> typePairs, double minRelated) {
    this.tag = tag;
    this.typePairs = typePairs;
    this.minRelated = minRelated;
  }

  /** The prefix of this guideline's copy of a feature. */
  String tag() {
    return tag;
  }

  /** The type pairs this guideline relates: no other pair is a candidate. */
  public Set<TypePair> typePairs() {
    return typePairs;
  }

  /**
   * A pair is related when this guideline's outcomes together outweigh this probability. Below one
   * half because F1 rewards recall: the F1-optimal threshold of a calibrated classifier is half its
   * best F1 (Lipton et al. 2014). Each was chosen by 4-fold cross-validation on its corpus's
   * training split, the other corpus trained on in full: BioRED pair F1 0.704 at 0.5, 0.729 at 0.3,
   * 0.728 at 0.35 (kept, as before, for its type F1); CID 0.508 at 0.5, 0.563 at 0.35, 0.582 at
   * 0.3, 0.576 at 0.25.
   */
  double minRelated() {
    return minRelated;
  }

  /**
   * The guideline of a corpus, from the names of its relations: BioRED's types, or BC5CDR's "CID".
   */
  public static Guideline of(List<GoldAbstract> corpus) {
    boolean cid = false;
    for (GoldAbstract a : corpus) {
      for (String label : a.relations().values()) {
        if (RelationType.ofCorpusName(label).isPresent()) {
          return BIORED;
        }
        cid |= label.equals(CID_OUTCOME);
      }
    }
    if (!cid) {
      throw new IllegalArgumentException(
          "the corpus has no relation of BioRED's types "
              + List.of(RelationType.values())
              + " nor BC5CDR's CID");
    }
    return CID;
  }

  /** The outcome of a gold relation label under this guideline, or {@link RelationModel#NONE}. */
  String outcome(String label) {
    if (label == null) {
      return RelationModel.NONE;
    }
    if (this == CID) {
      return label.equals(CID_OUTCOME) ? CID_OUTCOME : RelationModel.NONE;
    }
    return RelationType.ofCorpusName(label)
        .map(RelationType::corpusName)
        .orElse(RelationModel.NONE);
  }

  /** The relation type an outcome of this guideline stands for; null for other outcomes. */
  RelationType typeOf(String outcome) {
    if (this == CID) {
      return outcome.equals(CID_OUTCOME) ? RelationType.POSITIVE_CORRELATION : null;
    }
    return RelationType.ofCorpusName(outcome).orElse(null);
  }
}
