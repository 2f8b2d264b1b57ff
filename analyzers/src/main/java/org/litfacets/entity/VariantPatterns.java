package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.article.EntityType;

/**
 * Sequence variants by tmVar-style patterns: dbSNP ids ("rs121913527" becomes "RS#:121913527"),
 * HGVS-like protein and DNA changes ("p.V600E", "p.Val600Glu", "V600E", "c.123A>G", "c.5382insC",
 * "g.3455_3460del") normalised the way BioRED and tmVar write them ("p|SUB|V|600|E",
 * "c|SUB|A|123|G", "c|INS|5382|C", "g|DEL|3455_3460|").
 */
final class VariantPatterns {

  private static final Map<String, String> THREE_TO_ONE =
      Map.ofEntries(
          Map.entry("ala", "A"),
          Map.entry("arg", "R"),
          Map.entry("asn", "N"),
          Map.entry("asp", "D"),
          Map.entry("cys", "C"),
          Map.entry("gln", "Q"),
          Map.entry("glu", "E"),
          Map.entry("gly", "G"),
          Map.entry("his", "H"),
          Map.entry("ile", "I"),
          Map.entry("leu", "L"),
          Map.entry("lys", "K"),
          Map.entry("met", "M"),
          Map.entry("phe", "F"),
          Map.entry("pro", "P"),
          Map.entry("ser", "S"),
          Map.entry("thr", "T"),
          Map.entry("trp", "W"),
          Map.entry("tyr", "Y"),
          Map.entry("val", "V"),
          Map.entry("ter", "X"),
          Map.entry("stop", "X"),
          Map.entry("sec", "U"));

  private static final String AA3 =
      "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec)";
  private static final String AA1 = "[ACDEFGHIKLMNPQRSTVWY]";
  private static final String POS = "(\\d+(?:[-+_]\\d+)*)";

  private static final Pattern RS = Pattern.compile("(?<![\\w])rs\\s?(\\d{2,10})(?![\\w])");
  private static final Pattern PROTEIN_3 =
      Pattern.compile(
          "(?<![\\w])(?:p\\.\\s?)?\\(?(" + AA3 + ")(\\d+)(" + AA3 + "|X|\\*|fs|del)\\)?(?![\\w])");
  private static final Pattern PROTEIN_1 =
      Pattern.compile("(?<![\\w.])(p\\.\\s?)?(" + AA1 + ")(\\d{1,5})(" + AA1 + "|X|\\*)(?![\\w])");
  private static final Pattern DNA_SUB =
      Pattern.compile(
          "(?<![\\w])([cgmnr])\\.\\s?"
              + POS
              + "([ACGTU])\\s?(?:>|-+\\s?>|/)\\s?([ACGTU])(?![\\w])");
  private static final Pattern DNA_INDEL =
      Pattern.compile("(?<![\\w])(?:([cgmnr])\\.\\s?)?" + POS + "(del|ins|dup)([ACGTU]*)(?![\\w])");

  private VariantPatterns() {}

  static List<Mention> find(String text) {
    List<Mention> found = new ArrayList<>();
    Matcher m = RS.matcher(text);
    while (m.find()) {
      found.add(mention(text, m.start(), m.end(), "RS#:" + m.group(1)));
    }
    m = PROTEIN_3.matcher(text);
    while (m.find()) {
      String to = m.group(3);
      String kind = "SUB";
      String toCode;
      if (to.equals("fs")) {
        kind = "FS";
        toCode = "";
      } else if (to.equals("del")) {
        kind = "DEL";
        toCode = "";
      } else {
        toCode = to.equals("*") || to.equals("X") ? "X" : THREE_TO_ONE.get(to.toLowerCase());
      }
      String from = THREE_TO_ONE.get(m.group(1).toLowerCase());
      found.add(
          mention(
              text,
              m.start(),
              m.end(),
              "p|" + kind + "|" + from + "|" + m.group(2) + "|" + toCode));
    }
    m = PROTEIN_1.matcher(text);
    while (m.find()) {
      // "V600E" alone is also a gene-like token; demand the p. prefix or a position above 9
      if (m.group(1) == null && m.group(3).length() < 2) {
        continue;
      }
      String to = m.group(4).equals("*") ? "X" : m.group(4);
      found.add(
          mention(text, m.start(), m.end(), "p|SUB|" + m.group(2) + "|" + m.group(3) + "|" + to));
    }
    m = DNA_SUB.matcher(text);
    while (m.find()) {
      found.add(
          mention(
              text,
              m.start(),
              m.end(),
              m.group(1) + "|SUB|" + m.group(3) + "|" + m.group(2) + "|" + m.group(4)));
    }
    m = DNA_INDEL.matcher(text);
    while (m.find()) {
      String prefix = m.group(1) == null ? "c" : m.group(1);
      if (m.group(1) == null && m.group(4).isEmpty()) {
        continue;
      }
      found.add(
          mention(
              text,
              m.start(),
              m.end(),
              prefix + "|" + m.group(3).toUpperCase() + "|" + m.group(2) + "|" + m.group(4)));
    }
    return found;
  }

  private static Mention mention(String text, int start, int end, String id) {
    while (end > start && (text.charAt(end - 1) == ')' && text.lastIndexOf('(', end - 1) < start)) {
      end--;
    }
    return new Mention(start, end, text.substring(start, end), EntityType.VARIANT, id, null);
  }
}
