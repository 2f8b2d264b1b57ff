package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;
import org.litfacets.article.EntityType;
import org.litfacets.sentence.Span;

/**
 * GNormPlus-style species assignment of gene mentions: names are shared between organisms ("TRAF2"
 * is human TRAF2 and mouse Traf2), so each gene mention takes the identifier of its organism. The
 * organism is the nearest species mention in the mention's sentence, otherwise the abstract's focus
 * (the organism mentioned most often, human on a tie or when none is), among human, mouse and rat.
 * A mention without an identifier (a short form defined by a long form the dictionary lacks) takes
 * its organism's gene of that name. A mention keeps its identifier when that is of its organism
 * already, when its organism has no entry for its name written as it is ("Elf5" is mouse
 * nomenclature: human ELF5 is written in capitals), and when it is a rat gene, whose gene_info is
 * not among the dictionaries (their identifiers come from training names only).
 */
final class GeneSpecies {

  /** Organisms whose genes the dictionary holds (NCBI gene_info), by NCBI Taxonomy id. */
  static final int HUMAN = 9606;

  static final int MOUSE = 10090;
  private static final int RAT = 10116;

  private final EntityDictionary dictionary;

  GeneSpecies(EntityDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The mentions with each gene normalised for its organism; {@code sentences} cover the text. */
  List<Mention> assign(List<Mention> mentions, List<Span> sentences) {
    int[] counts = new int[3];
    for (Mention m : mentions) {
      int taxon = taxon(m);
      counts[0] += taxon == HUMAN ? 1 : 0;
      counts[1] += taxon == MOUSE ? 1 : 0;
      counts[2] += taxon == RAT ? 1 : 0;
    }
    int focus = HUMAN;
    if (counts[1] > counts[0] && counts[1] >= counts[2]) {
      focus = MOUSE;
    } else if (counts[2] > counts[0] && counts[2] > counts[1]) {
      focus = RAT;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() == EntityType.GENE) {
        int organism = nearestInSentence(m, mentions, sentences);
        organism = organism == 0 ? focus : organism;
        EntityDictionary.Entry e =
            organism == RAT || m.id() != null && !ofOtherOrganism(m, organism)
                ? null
                : dictionary.gene(m.text(), organism);
        if (e != null) {
          m = m.withId(e.id(), e.name());
        }
      }
      out.add(m);
    }
    return out;
  }

  /**
   * Whether the gene's identifier is known to belong to an organism other than {@code organism}; an
   * identifier of unknown organism (a training name of a rat gene) stays.
   */
  private boolean ofOtherOrganism(Mention gene, int organism) {
    for (EntityDictionary.Entry e : dictionary.meanings(gene.text())) {
      if (e.type() == EntityType.GENE && e.id() != null && e.id().equals(gene.id())) {
        return e.taxon() != 0 && e.taxon() != organism;
      }
    }
    return false;
  }

  /** The organism of the species mention nearest to {@code gene} in its sentence, or 0. */
  private static int nearestInSentence(Mention gene, List<Mention> mentions, List<Span> sentences) {
    Span sentence = null;
    for (Span s : sentences) {
      if (s.start() <= gene.start() && gene.start() < s.end()) {
        sentence = s;
        break;
      }
    }
    if (sentence == null) {
      return 0;
    }
    int best = 0;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      int taxon = taxon(m);
      if (taxon != 0 && m.start() >= sentence.start() && m.end() <= sentence.end()) {
        int distance = m.start() < gene.start() ? gene.start() - m.end() : m.start() - gene.end();
        if (distance < bestDistance) {
          best = taxon;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static int taxon(Mention m) {
    if (m.type() != EntityType.SPECIES || m.id() == null) {
      return 0;
    }
    return switch (m.id()) {
      case "NCBITaxon:9606" -> HUMAN;
      case "NCBITaxon:10090" -> MOUSE;
      case "NCBITaxon:10116" -> RAT;
      default -> 0;
    };
  }
}
