package org.litfacets.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.litfacets.article.EntityType;
import org.litfacets.sentence.Span;

/**
 * Variant mentions of a whole text: the learned tagger's spans checked against the patterns', and
 * dbSNP ids carried over from an rsID written beside a change ("c.471 C>T (p.Ser157Ser,
 * rs35435463)", "rs9932581:A>G") to every mention of that change in the text, as BioRED and tmVar
 * name them.
 */
final class VariantMentions {

  private VariantMentions() {}

  /**
   * The learned mentions with their variants reconciled with the dictionary tagger's ({@link
   * VariantPatterns}): without parentheses around them ("(Ala569Val)"), replaced by a pattern match
   * that covers them ("IVS8 -2A>G" for "-2A>G", "-1082(G/A)" for "-1082(G/A") or that overlaps one
   * the patterns could not name (the pattern knows the change, the span would be lost unnamed), and
   * dropped where the dictionary names exactly that span as something else ("T98G", a cell line).
   * Measured on BioRED dev ({@code bench ner}), with {@link #withRsIds}: variant mention F1 .890 to
   * .918 (the learned tagger no longer loses what the patterns find), document ID F1 .562 to .580.
   */
  static List<Mention> reconcile(String text, List<Mention> dictionary, List<Mention> learned) {
    List<Mention> out = new ArrayList<>(learned.size());
    for (Mention l : learned) {
      if (l.type() != EntityType.VARIANT) {
        out.add(l);
        continue;
      }
      Span inside = VariantPatterns.withoutOuterParentheses(text, l.start(), l.end());
      Mention m =
          inside.start() == l.start() && inside.end() == l.end()
              ? l
              : new Mention(
                  inside.start(),
                  inside.end(),
                  text.substring(inside.start(), inside.end()),
                  l.type(),
                  l.id(),
                  l.name());
      Mention replacement = null;
      boolean namedOtherwise = false;
      for (Mention d : dictionary) {
        boolean overlaps = d.start() < m.end() && m.start() < d.end();
        if (!overlaps) {
          continue;
        }
        if (d.type() != EntityType.VARIANT) {
          namedOtherwise |= d.start() == m.start() && d.end() == m.end();
          continue;
        }
        boolean covers = d.start() <= m.start() && m.end() <= d.end();
        if (d.id() != null && (covers || m.id() == null)) {
          replacement = d;
        }
      }
      if (replacement != null) {
        out.add(replacement);
      } else if (!namedOtherwise) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * What may stand between a change and the rsID that names it: "Arg399Gln (rs25487)", "-1021T
   * allele (rs1611115)", "H472Q Q/Q genotype (rs1870377)", "rs9932581:A>G", "rs1799998 (C-344 T)".
   */
  private static final Pattern BESIDE =
      Pattern.compile(
          "\\s?(?:(?:[A-Z]{1,2}/[A-Z]{1,2}\\s)?(?:allele|genotype|polymorphism|variant|SNP)\\s?)?"
              + "(?:\\(|:)\\s?(?:SNP\\s)?");

  /** Between two mentions inside one pair of parentheses: "(p.Ser157Ser, rs35435463)". */
  private static final Pattern LISTED = Pattern.compile(",\\s?(?:SNP\\s)?");

  /**
   * The mentions with their variants named by dbSNP where the text or the training corpora say
   * which rsID a change is: {@link #withoutBorrowedRsIds}, {@link #withTrainingRsIds}, {@link
   * #withRsIds}, then {@link #withRsIdsOfTheirChange}.
   */
  static List<Mention> named(String text, List<Mention> mentions, EntityDictionary dictionary) {
    List<Mention> own = withoutBorrowedRsIds(mentions);
    return withRsIdsOfTheirChange(own, withRsIds(text, withTrainingRsIds(own, dictionary)));
  }

  /**
   * The mentions with each variant written without a position ("G/A", "Ile/Val", "C to T") that the
   * dictionary names by an rsID named by its change instead ({@link VariantPatterns#positionless}),
   * or left without an id: such an rsID comes from a training abstract, where the change was that
   * abstract's variant, and says nothing of another text's (in BioRED's training split "Ile/Val" is
   * rs1695 in one abstract and rs1048943 in another).
   */
  static List<Mention> withoutBorrowedRsIds(List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.VARIANT
          && m.id() != null
          && isRs(m)
          && m.text().chars().noneMatch(Character::isDigit)) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(i, m.withId(VariantPatterns.positionless(m.text()), null));
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * The mentions in {@code named} with each change written without its position ("threonine to
   * alanine", "G/A") named by the rsID that {@code named} gives to a change of the same residues
   * with a position ("A467T", "G-395A"), in either direction (an allele pair has none; "the A467T
   * mutation produces a threonine to alanine substitution"): BioRED gives both one id, 12 times in
   * its training and dev splits, where a change without a position and without such a neighbour
   * keeps its own id ("p|SUB|E||X"). The residues' letters are compared, DNA or protein: "A467T"
   * reads either way. {@code before} is {@code named} before the rsIDs were given, mention for
   * mention.
   */
  static List<Mention> withRsIdsOfTheirChange(List<Mention> before, List<Mention> named) {
    Map<String, String> rsOfChange = new HashMap<>();
    for (int i = 0; i < named.size(); i++) {
      Mention m = named.get(i);
      String was = before.get(i).id();
      if (m.type() == EntityType.VARIANT && m.id() != null && isRs(m)) {
        // a name the dictionary knows as an rsID ("A467T") was its change before
        String change = was == null || was.startsWith("RS#:") ? patternId(m.text()) : was;
        String[] p = substitution(change);
        if (p != null && !p[3].isEmpty()) {
          // two rsIDs for one pair of residues: neither is the unpositioned change's
          rsOfChange.merge(p[2] + ">" + p[4], m.id(), (x, y) -> x.equals(y) ? x : "");
        }
      }
    }
    if (rsOfChange.isEmpty()) {
      return named;
    }
    List<Mention> out = null;
    for (int i = 0; i < named.size(); i++) {
      Mention m = named.get(i);
      if (m.type() != EntityType.VARIANT || m.id() != null && isRs(m)) {
        continue;
      }
      String change = m.id() != null ? m.id() : VariantPatterns.positionless(m.text());
      String[] p = substitution(change);
      if (p == null || !p[3].isEmpty()) {
        continue;
      }
      String rs = rsOfChange.getOrDefault(p[2] + ">" + p[4], rsOfChange.get(p[4] + ">" + p[2]));
      if (rs != null && !rs.isEmpty()) {
        if (out == null) {
          out = new ArrayList<>(named);
        }
        out.set(i, m.withId(rs, null));
      }
    }
    return out == null ? named : out;
  }

  /** The parts of a substitution's id ("p|SUB|V|600|E", "c|SUB|G||A"), or null for another id. */
  private static String[] substitution(String id) {
    String[] p = id == null ? null : id.split("\\|", -1);
    return p != null && p.length == 5 && p[1].equals("SUB") ? p : null;
  }

  /** The id the patterns give to the whole of {@code text}, or null. */
  private static String patternId(String text) {
    for (Mention v : VariantPatterns.find(text)) {
      if (v.start() == 0 && v.end() == text.length()) {
        return v.id();
      }
    }
    return null;
  }

  /**
   * Two different alleles written without a position ("G/A", "Ile/Val") where a homozygous genotype
   * of one of them ("G/G", "A/A") is written within {@link #GENOTYPE_WINDOW} characters of the same
   * sentence: a list of genotypes ("G/G (82.4%), G/A (10.8%), A/A (6.8%)"), which BioRED does not
   * annotate (none of 11 such pairs in its training and dev splits; of the 24 pairs without such a
   * neighbour, 10 are a mention and 13 part of one, "-1082(G/A)").
   */
  private static final Pattern ALLELE_PAIR =
      Pattern.compile(
          "([ACGTU]|Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val)"
              + "/([A-Z][a-z]{0,2})");

  private static final int GENOTYPE_WINDOW = 100;

  /** The mentions without the variants that are a heterozygous genotype in a genotype list. */
  static List<Mention> withoutGenotypes(String text, List<Mention> mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      java.util.regex.Matcher pair =
          m.type() == EntityType.VARIANT ? ALLELE_PAIR.matcher(m.text()) : null;
      if (pair == null || !pair.matches() || pair.group(1).equals(pair.group(2))) {
        continue;
      }
      int from = Math.max(0, m.start() - GENOTYPE_WINDOW);
      int to = Math.min(text.length(), m.end() + GENOTYPE_WINDOW);
      // in the same sentence
      from = Math.max(from, text.lastIndexOf(". ", m.start()) + 1);
      int stop = text.indexOf(". ", m.end());
      String near = text.substring(from, stop < 0 ? to : Math.min(to, stop));
      Pattern homozygous =
          Pattern.compile(
              "(?<![\\w/])(?:"
                  + Pattern.quote(pair.group(1) + "/" + pair.group(1))
                  + "|"
                  + Pattern.quote(pair.group(2) + "/" + pair.group(2))
                  + ")(?![\\w/])");
      if (homozygous.matcher(near).find()) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(i, null);
      }
    }
    if (out == null) {
      return mentions;
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /**
   * The mentions with each substitution that the dictionary knows, in any of its {@link
   * VariantPatterns#writtenForms}, as a training corpus's variant named by an rsID, named by that
   * rsID ("p.R127H" where BioRED's training split has "p.Arg127His" as rs111033196): the training
   * names already give the rsID to the form they were written in. In BioRED's training split no
   * normalised change has two rsIDs; on its dev split the 10 mentions so named are all right.
   */
  static List<Mention> withTrainingRsIds(List<Mention> mentions, EntityDictionary dictionary) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.VARIANT || m.id() == null || isRs(m)) {
        continue;
      }
      String rs = trainingRsId(m.id(), dictionary);
      if (rs != null) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(i, m.withId(rs, null));
      }
    }
    return out == null ? mentions : out;
  }

  private static String trainingRsId(String id, EntityDictionary dictionary) {
    for (String form : VariantPatterns.writtenForms(id)) {
      for (EntityDictionary.Entry e : dictionary.meanings(form)) {
        if (e.type() == EntityType.VARIANT && e.id() != null && e.id().startsWith("RS#:")) {
          return e.id();
        }
      }
    }
    return null;
  }

  /**
   * The mentions with each variant that an rsID names ({@link #BESIDE} it, or listed with it in
   * parentheses, through a chain of such neighbours) named by that rsID, and so every other mention
   * of the same change in the text: BioRED gives the rsID to all of them, where the patterns'
   * HGVS-like id would be wrong.
   */
  static List<Mention> withRsIds(String text, List<Mention> mentions) {
    List<Mention> variants =
        mentions.stream()
            .filter(m -> m.type() == EntityType.VARIANT && m.id() != null)
            .sorted(java.util.Comparator.comparingInt(Mention::start))
            .toList();
    if (variants.stream().noneMatch(VariantMentions::isRs)) {
      return mentions;
    }
    int n = variants.size();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = i;
    }
    for (int i = 0; i + 1 < n; i++) {
      Mention a = variants.get(i);
      Mention b = variants.get(i + 1);
      if (b.start() < a.end()) {
        continue;
      }
      String gap = text.substring(a.end(), b.start());
      boolean listed =
          LISTED.matcher(gap).matches()
              && a.start() > 0
              && text.charAt(a.start() - 1) == '('
              && b.end() < text.length()
              && text.charAt(b.end()) == ')';
      if (BESIDE.matcher(gap).matches() || listed) {
        group[find(group, i + 1)] = find(group, i);
      }
    }
    Map<Integer, String> rsOfGroup = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (isRs(variants.get(i))) {
        // two rsIDs side by side name two variants: such a group is left as it is
        rsOfGroup.merge(find(group, i), variants.get(i).id(), (x, y) -> x.equals(y) ? x : "");
      }
    }
    Map<String, String> rsOfId = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String rs = rsOfGroup.get(find(group, i));
      if (rs != null && !rs.isEmpty() && !isRs(variants.get(i))) {
        rsOfId.putIfAbsent(variants.get(i).id(), rs);
      }
    }
    if (rsOfId.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String rs = m.type() == EntityType.VARIANT ? rsOfId.get(m.id()) : null;
      out.add(rs == null ? m : m.withId(rs, null));
    }
    return out;
  }

  private static boolean isRs(Mention m) {
    return m.id().startsWith("RS#:");
  }

  private static int find(int[] group, int i) {
    while (group[i] != i) {
      i = group[i] = group[group[i]];
    }
    return i;
  }
}
