package org.litfacets.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.litfacets.article.EntityType;
import org.litfacets.sentence.Span;

/**
 * GNormPlus-style species assignment of gene mentions: names are shared between organisms ("TRAF2"
 * is human TRAF2 and mouse Traf2), so each gene mention takes the identifier of its organism. The
 * organism is the nearest species mention in the mention's sentence, otherwise the abstract's focus
 * (the organism mentioned most often, human on a tie or when none is, unless the abstract writes
 * its genes in mouse nomenclature), among human, mouse and rat. A mention without an identifier (a
 * short form defined by a long form the dictionary lacks) takes its organism's gene of that name. A
 * mention of another organism's gene takes its organism's gene of that official symbol, else of
 * that name, else the ortholog of the same official symbol ("cystic fibrosis transmembrane
 * conductance regulator" is only a mouse name in gene_info: human CFTR in a human context). A
 * mention keeps its identifier when that is of its organism already and when its name is written in
 * mouse nomenclature in a human context ("Elf5": human ELF5 is written in capitals). Rat genes,
 * whose gene_info is not among the dictionaries, come from the training corpora: a rat context
 * takes the rat gene of the ortholog's symbol where one is known, else the abstract's organism; a
 * training name of a rat gene stays, except in an abstract that names only humans and mice. Gene
 * families and groups are named by the members the abstract mentions (see {@link #withFamilies} and
 * {@link #withMembersNamed}).
 */
final class GeneSpecies {

  /** Organisms whose genes the dictionary holds (NCBI gene_info), by NCBI Taxonomy id. */
  static final int HUMAN = 9606;

  static final int MOUSE = 10090;
  static final int RAT = 10116;

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
    int[] organisms = new int[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.GENE) {
        int organism = nearestInSentence(m, mentions, sentences);
        organisms[i] = organism == 0 ? focus : organism;
        Mention named = forOrganism(m, organisms[i], onlyHumanAndMouse);
        if (named == m && organisms[i] == RAT && focus != RAT) {
          // no rat gene known: the abstract's own organism is the likelier reading than the
          // dictionary's first ("PLAGL2-overexpressing cells injected into rats", a human study)
          organisms[i] = focus;
          named = forOrganism(m, focus, onlyHumanAndMouse);
        }
        m = named;
      }
      out.add(m);
    }
    return withMembersNamed(withFamilies(out, organisms));
  }

  /**
   * A name that lists its members: "ERK1/2", "Smad1/5/8", "IKKalpha/beta", "MHC class I and II".
   */
  private static final Pattern ENUMERATION = Pattern.compile("\\d|/| and | or ");

  /**
   * A gene mention of several identifiers written without a number (a training name of a group,
   * "chemokines", named by the members of its own abstract: CXCL8, CCL2, CCL3 ...) keeps those that
   * the abstract's other mentions name, else only its first: another abstract's members are not
   * this one's. Not a name that lists or numbers its members ({@link #ENUMERATION}).
   */
  private static List<Mention> withMembersNamed(List<Mention> mentions) {
    // the identifiers the abstract's single-gene mentions name, with their display names
    Map<String, String> named = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.GENE && m.id() != null && !m.id().contains("|")) {
        named.putIfAbsent(m.id(), m.name());
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() == EntityType.GENE
          && m.id() != null
          && m.id().contains("|")
          && !ENUMERATION.matcher(m.text()).find()) {
        List<String> ids = List.of(m.id().split("\\|"));
        List<String> kept = ids.stream().filter(named::containsKey).toList();
        String id = kept.isEmpty() ? ids.get(0) : String.join("|", kept);
        m =
            id.equals(m.id())
                ? m
                : m.withId(id, kept.isEmpty() ? m.name() : named.get(kept.get(0)));
      }
      out.add(m);
    }
    return out;
  }

  /** A family's symbol, written alone or in the plural: "MMPs", "Smad", "HDAC", "FGF". */
  private static final Pattern FAMILY = Pattern.compile("[A-Za-z][A-Za-z0-9]*[A-Za-z]");

  /**
   * BioRED names a gene family ("MMPs", "Smad", "HDAC": a symbol that gene_info numbers, MMP1,
   * SMAD1, HDAC1, and has no gene of its own) by the family's members the abstract mentions
   * ("MMP-2", "MMP-9"), else by the first member: 38 of the 45 such mentions with members in
   * BioRED's training and dev splits, 26 of the others. Names of any gene of the family (a training
   * name's members of another abstract, "Smad" for SMAD1, 5 and 9; a synonym of one member, "HDAC"
   * for HDAC9) would otherwise stand. A mention found as a gene outside the family ("MR", NR3C2;
   * "NET", SLC6A2) is not one, and mentions sharing the family mention's identifier and written
   * without a digit ("matrix metalloproteinases (MMPs)") name the family too.
   */
  private List<Mention> withFamilies(List<Mention> mentions, int[] organisms) {
    Map<String, String> families = new HashMap<>();
    Map<String, Integer> organismOf = new HashMap<>();
    Set<String> trainingChoices = new HashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String stem = familyStem(m);
      if (stem != null && !families.containsKey(stem)) {
        families.put(stem, m.id());
        organismOf.put(stem, organisms[i]);
        if (m.id() != null && !m.id().contains("|") && trainingName(m)) {
          trainingChoices.add(stem);
        }
      }
    }
    if (families.isEmpty()) {
      return mentions;
    }
    // each family's identifiers and display name
    Map<String, String[]> named = new HashMap<>();
    for (String stem : families.keySet()) {
      Set<String> members = new LinkedHashSet<>();
      String first = null;
      for (Mention m : mentions) {
        if (isMember(m, stem)) {
          members.add(m.id());
          first = first == null ? m.name() : first;
        }
      }
      if (members.isEmpty() && trainingChoices.contains(stem)) {
        // a training name of one gene of the family is BioRED's own choice ("Wnt" is WNT5A)
        continue;
      }
      if (members.isEmpty()) {
        int organism = organismOf.get(stem);
        EntityDictionary.Entry e = dictionary.ortholog(stem + "1", organism);
        if (e == null) {
          continue;
        }
        members.add(e.id());
        first = e.name();
      }
      named.put(stem, new String[] {String.join("|", members), first});
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String stem = familyStem(m);
      if (stem == null && m.id() != null && m.text().chars().noneMatch(Character::isDigit)) {
        for (Map.Entry<String, String> f : families.entrySet()) {
          if (m.id().equals(f.getValue())) {
            stem = f.getKey();
          }
        }
      }
      String[] family = stem == null ? null : named.get(stem);
      out.add(family == null ? m : m.withId(family[0], family[1]));
    }
    return out;
  }

  /**
   * The family symbol a gene mention names, upper case, or null: a symbol gene_info numbers ("SMAD"
   * for SMAD1) and has no gene of, found as no gene or as a gene of its family.
   */
  private String familyStem(Mention m) {
    if (m.type() != EntityType.GENE || !FAMILY.matcher(m.text()).matches()) {
      return null;
    }
    String written = m.text().toUpperCase(Locale.ROOT);
    String stem = familyStem(m, written);
    if (stem == null && m.text().endsWith("s")) {
      stem = familyStem(m, written.substring(0, written.length() - 1));
    }
    return stem;
  }

  private String familyStem(Mention m, String stem) {
    if (m.name() != null && !m.name().toUpperCase(Locale.ROOT).startsWith(stem)) {
      return null;
    }
    for (int taxon : new int[] {HUMAN, MOUSE}) {
      if (dictionary.ortholog(stem, taxon) != null) {
        return null;
      }
    }
    for (int taxon : new int[] {HUMAN, MOUSE}) {
      if (dictionary.ortholog(stem + "1", taxon) != null) {
        return stem;
      }
    }
    return null;
  }

  /** Whether the mention's identifier is that of its text's training name. */
  private boolean trainingName(Mention m) {
    List<EntityDictionary.Entry> meanings = dictionary.meanings(m.text());
    return !meanings.isEmpty()
        && meanings.get(0).source() == EntityDictionary.Source.TRAINING
        && m.id().equals(meanings.get(0).id());
  }

  /** A mention of one member of the family {@code stem}: "MMP-2" (MMP2) of "MMP". */
  private static boolean isMember(Mention m, String stem) {
    if (m.type() != EntityType.GENE
        || m.id() == null
        || m.id().contains("|")
        || m.name() == null
        || m.text().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    String name = m.name().toUpperCase(Locale.ROOT);
    return name.length() > stem.length()
        && name.startsWith(stem)
        && MEMBER_NUMBER.matcher(name.substring(stem.length())).matches();
  }

  /** What follows a family's symbol in a member's: "2" (MMP2), "5A" (WNT5A); not "R2" (FGFR2). */
  private static final Pattern MEMBER_NUMBER = Pattern.compile("\\d+[A-Z]?");

  /**
   * The gene for {@code organism}: its gene whose official symbol the mention is, in any case ("AR"
   * among mice is mouse Ar, not Akr1b8, which has "AR" as a synonym), else its gene of the
   * mention's name, else the ortholog of the gene the mention names (same official symbol in any
   * case: "mTOR" found as mouse Mtor is human MTOR in a human context); except for a name written
   * in mouse nomenclature, which stays mouse in a human context ("Elf5").
   */
  private Mention forOrganism(Mention gene, int organism, boolean onlyHumanAndMouse) {
    int taxon = gene.id() == null ? -1 : taxonOf(gene);
    if (organism == RAT) {
      // the training corpora's rat gene of the ortholog's symbol, if any
      EntityDictionary.Entry rat =
          taxon > 0 && gene.name() != null ? dictionary.ortholog(gene.name(), RAT) : null;
      return rat == null ? gene : gene.withId(rat.id(), rat.name());
    }
    if (taxon == organism || taxon == 0 && !onlyHumanAndMouse) {
      return gene;
    }
    boolean ownNomenclature = organism != HUMAN || !mouseNomenclature(gene.text());
    EntityDictionary.Entry e =
        taxon != 0 && ownNomenclature ? dictionary.ortholog(gene.text(), organism) : null;
    if (e == null) {
      // also a training name of another organism's gene (a rat's: "adiponectin", "dystrophin")
      // in an abstract that names no other organism than humans and mice
      e = dictionary.gene(gene.text(), organism);
    }
    if (e == null && taxon > 0 && gene.name() != null && ownNomenclature) {
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
