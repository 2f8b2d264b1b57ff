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
   * which rsID a change is: {@link #withTrainingRsIds}, then {@link #withRsIds}.
   */
  static List<Mention> named(String text, List<Mention> mentions, EntityDictionary dictionary) {
    return withRsIds(text, withTrainingRsIds(mentions, dictionary));
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
