package org.litfacets.entity;

import java.util.List;
import org.litfacets.article.EntityType;

/** Choice of a chemical's identifier from what the abstract itself says about the name. */
final class ChemicalIds {

  private ChemicalIds() {}

  /**
   * Whether the abstract defines the short form of {@code a} as a gene product rather than the
   * chemical the dictionary reads in it: "cytochrome P450 isoenzyme (CYP)" is no cyclophosphamide
   * (a training name of "CYP"). The long form holds a gene mention and no chemical; one with a
   * chemical inside ("reactive oxygen species (ROS)", "xanthine oxidase (XO)") leaves the short
   * form as the corpora annotate it, and so does one with only a disease inside ("hepatitis B e
   * antigen (HBeAg)", a chemical in BC5CDR).
   */
  static boolean otherMeaning(Abbreviation a, List<Mention> mentions) {
    boolean chemicalShortForm = false;
    boolean gene = false;
    for (Mention m : mentions) {
      boolean inLongForm = m.start() < a.longForm().end() && a.longForm().start() < m.end();
      if (m.type() == EntityType.CHEMICAL) {
        if (inLongForm) {
          return false;
        }
        chemicalShortForm |=
            m.id() != null && m.start() == a.shortForm().start() && m.end() == a.shortForm().end();
      } else if (m.type() == EntityType.GENE) {
        gene |= inLongForm;
      }
    }
    return chemicalShortForm && gene;
  }
}
