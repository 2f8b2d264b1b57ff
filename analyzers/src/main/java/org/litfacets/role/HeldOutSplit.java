package org.litfacets.role;

import java.util.List;

/**
 * The fixed split of every role corpus into training and held-out parts, by a seeded hash of the
 * abstract's id (PMID, or the corpus's own id): the same abstract falls on the same side whichever
 * file it is read from and whatever else is read with it.
 */
public final class HeldOutSplit {

  /** Every 5th id in seeded-hash order is held out: 20 %. */
  private static final int HELD_OUT_EVERY = 5;

  private static final long SEED = 20191103L;

  private HeldOutSplit() {}

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
