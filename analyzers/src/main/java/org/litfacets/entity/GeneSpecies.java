package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;
import org.litfacets.article.EntityType;
import org.litfacets.sentence.Span;

/**
 * GNormPlus-style species assignment of gene mentions: names are shared between organisms ("TRAF2"
 * is human TRAF2 and mouse Traf2), so each gene mention takes the identifier of its organism. The
 * organism is the nearest species mention in the mention's sentence, otherwise the abstract's focus
 * (the organism mentioned most often, human on a tie or when none is, unless the abstract writes
 * its genes in mouse nomenclature), among human, mouse and rat. A mention without an identifier (a
 * short form defined by a long form the dictionary lacks) takes its organism's gene of that name. A
 * mention of another organism's gene takes its organism's gene of that name, else the ortholog of
 * the same official symbol ("cystic fibrosis transmembrane conductance regulator" is only a mouse
 * name in gene_info: human CFTR in a human context). A mention keeps its identifier when that is of
 * its organism already, when its name is written in mouse nomenclature in a human context ("Elf5":
 * human ELF5 is written in capitals), and when it is a rat gene, whose gene_info is not among the
 * dictionaries (their identifiers come from training names only).
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
    } else if (counts[0] == 0 && writtenForMice(mentions)) {
      focus = MOUSE;
    }
    boolean onlyHumanAndMouse =
        counts[0] + counts[1] > 0
            && mentions.stream()
                .allMatch(
                    m -> m.type() != EntityType.SPECIES || taxon(m) == HUMAN || taxon(m) == MOUSE);
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() == EntityType.GENE) {
        int organism = nearestInSentence(m, mentions, sentences);
        organism = organism == 0 ? focus : organism;
        m = forOrganism(m, organism, onlyHumanAndMouse);
      }
      out.add(m);
    }
    return out;
  }

  /**
   * The gene for {@code organism}: its gene of the mention's name, else the ortholog of the gene
   * the mention names (same official symbol in any case: "mTOR" found as mouse Mtor is human MTOR
   * in a human context, "AR" found as human AR is mouse Ar among mice), except for a name written
   * in mouse nomenclature, which stays mouse.
   */
  private Mention forOrganism(Mention gene, int organism, boolean onlyHumanAndMouse) {
    int taxon = gene.id() == null ? -1 : taxonOf(gene);
    if (organism == RAT || taxon == organism || taxon == 0 && !onlyHumanAndMouse) {
      return gene;
    }
    EntityDictionary.Entry e = dictionary.gene(gene.text(), organism);
    if (taxon == 0) {
      // a training name of another organism's gene (a rat's: "adiponectin", "dystrophin") names
      // the human or mouse gene of that name in an abstract that names no other organism
      return e == null ? gene : gene.withId(e.id(), e.name());
    }
    if (e == null
        && taxon > 0
        && gene.name() != null
        && (organism != HUMAN || !mouseNomenclature(gene.text()))) {
      e = dictionary.ortholog(gene.name(), organism);
    }
    return e == null ? gene : gene.withId(e.id(), e.name());
  }

  /**
   * "Elf5", "Eomes": a symbol of one capital, then small letters and no capital (human symbols are
   * written in capitals).
   */
  private static boolean mouseNomenclature(String name) {
    return name.length() > 1
        && Character.isUpperCase(name.charAt(0))
        && Character.isLowerCase(name.charAt(1))
        && name.chars().skip(1).noneMatch(c -> Character.isUpperCase(c) || c == ' ');
  }

  /**
   * Whether an abstract that names no organism writes more gene symbols in mouse nomenclature with
   * a number ("Sox2", "Gata6"; not "Notch", which is also a human family's name) than in capitals:
   * its genes are mouse genes. Of the 8 BioRED dev abstracts that name no organism, the one where
   * this holds is about mouse embryonic stem cells; of the 49 in train, it holds for none.
   */
  private static boolean writtenForMice(List<Mention> mentions) {
    int mouse = 0;
    int capitals = 0;
    for (Mention m : mentions) {
      if (m.type() == EntityType.GENE) {
        String t = m.text();
        if (mouseNomenclature(t) && t.chars().anyMatch(Character::isDigit)) {
          mouse++;
        } else if (t.chars().filter(Character::isUpperCase).count() >= 2) {
          capitals++;
        }
      }
    }
    return mouse > capitals;
  }

  /**
   * The organism of the gene's identifier, found among the meanings of its text and of its
   * dictionary name; 0 when unknown (a training name of a rat gene).
   */
  private int taxonOf(Mention gene) {
    for (String term : new String[] {gene.text(), gene.name()}) {
      if (term == null) {
        continue;
      }
      for (EntityDictionary.Entry e : dictionary.meanings(term)) {
        if (e.type() == EntityType.GENE && e.taxon() != 0 && gene.id().equals(e.id())) {
          return e.taxon();
        }
      }
    }
    return 0;
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
