package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.article.EntityType;
import org.litfacets.sentence.Span;

/**
 * Sequence variants by tmVar-style patterns, normalised the way BioRED and tmVar write them: dbSNP
 * ids ("rs121913527" becomes "RS#:121913527"), protein changes in one- or three-letter codes
 * ("p.V600E", "Val600Glu", "Arg 1306 Trp" become "p|SUB|V|600|E"; "E873stop" "p|SUB|E|873|X";
 * "p.N102DfsX4" "p|FS|N|102|D|4"; "157delMTTTVP" "p|DEL|157|MTTTVP"), DNA changes with or without
 * the "c." prefix ("c.1799T>A", "643C>T", "-1082(G/A)", "IVS8 -2A>G", "C1228T" become
 * "c|SUB|T|1799|A" ...; "c.5382insC" "c|INS|5382|C"; "657del5" "c|DEL|657|5"; "c.899-1142del"
 * "c|DEL|899_1142|"; "F508del", "delF508" "p|DEL|508|F"; "DD32 deletion" "c|DEL||32"), alleles at
 * signed positions ("-511CC" "c|Allele|CC|-511"), and spelled-out changes ("C to T at 33468",
 * "leucine 269 to phenylalanine", "glutamate by glycine" "p|SUB|E||G"). An id without the variant's
 * gene is what BioRED annotates for variants that have no dbSNP id.
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
          Map.entry("sec", "U"),
          Map.entry("alanine", "A"),
          Map.entry("arginine", "R"),
          Map.entry("asparagine", "N"),
          Map.entry("aspartate", "D"),
          Map.entry("aspartic acid", "D"),
          Map.entry("cysteine", "C"),
          Map.entry("glutamine", "Q"),
          Map.entry("glutamate", "E"),
          Map.entry("glutamic acid", "E"),
          Map.entry("glycine", "G"),
          Map.entry("histidine", "H"),
          Map.entry("isoleucine", "I"),
          Map.entry("leucine", "L"),
          Map.entry("lysine", "K"),
          Map.entry("methionine", "M"),
          Map.entry("phenylalanine", "F"),
          Map.entry("proline", "P"),
          Map.entry("serine", "S"),
          Map.entry("threonine", "T"),
          Map.entry("tryptophan", "W"),
          Map.entry("tyrosine", "Y"),
          Map.entry("valine", "V"));

  private static final String AA3 =
      "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter|Sec)";
  private static final String AA_NAME =
      "(?:alanine|arginine|asparagine|aspartic acid|aspartate|cysteine|glutamine|glutamic acid"
          + "|glutamate|glycine|histidine|isoleucine|leucine|lysine|methionine|phenylalanine"
          + "|proline|serine|threonine|tryptophan|tyrosine|valine)";
  private static final String AA1 = "[ACDEFGHIKLMNPQRSTVWY]";
  private static final String STOP = "(?:X|\\*|[Ss]top|Ter)";
  private static final String NT = "[ACGTU]";

  /** A nucleobase: its letter or its name (thymidine is the nucleoside, often written for it). */
  private static final String BASE =
      "(?:[ACGTU]|(?i:adenine|guanine|cytosine|thymine|thymidine|uracil))";

  /**
   * A DNA position: numbered ("1799", "-1082", "*557", "3318-34", "1186+20", "c.855 +1" after a
   * prefix, see {@link #spacedWithoutPrefix}) or intronic ("IVS8-2", "IVS3 + 18").
   */
  private static final String DNA_POS =
      "((?:IVS\\d+\\s?[-+]\\s?\\d+)|(?:[-+*]?\\d+(?:\\s?[-+]\\d+)?(?:_[-+*]?\\d+(?:[-+]\\d+)?)?))";

  /** What may follow a residue's name: its codon or its code, "arginine (CGA)", "valine (Val)". */
  private static final String RESIDUE_NOTE = "(?:\\s?\\((?:[ACGTU]{3}|" + AA3 + "|[A-Z])\\))?";

  /** What turns one residue into another: "-->", "→", " to a ", " by ". */
  private static final String CHANGED_TO = "\\s?(?:-+>|\u2192|\\sto\\s|\\sby\\s)\\s?(?:an?\\s)?";

  /** Words before the position of a change: "at amino acid position 229", "at codon 198". */
  private static final String POSITION_WORDS =
      "(?:the\\s)?(?:(?:amino acid|amino-acid|residue|codon|nucleotide|base)\\s)?(?:position\\s)?";

  private static final String BEFORE = "(?<![\\w.])";

  /**
   * Before a DNA change: what {@link #BEFORE} allows, or a signed position glued to its gene
   * ("FOXP3-924 A/G", "IL1B-31T/C", "and+2740 A>G").
   */
  private static final String DNA_BEFORE = "(?:(?<![\\w.])|(?<=[A-Za-z0-9])(?=[-+]\\d))";

  private static final String AFTER = "(?![\\w])";

  /** Nucleotides deleted, inserted or duplicated at a position: "T deletion at 5063". */
  private static final String NUCLEOTIDES_AT =
      "(?<![\\w])("
          + NT
          + "+)\\s(deletion|insertion|duplication)\\sat\\s"
          + POSITION_WORDS
          + "(\\d+)";

  /** A pattern and the tmVar id of one of its matches (null when the match is not a variant). */
  private record Rule(Pattern pattern, Function<Matcher, String> id) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile("(?<![\\w])[Rr][Ss]\\s?(\\d{2,10})" + AFTER),
              m -> "RS#:" + m.group(1)),
          // p.N102DfsX4, p.Glu177LysfsX44, P686fs, R58fs
          new Rule(
              Pattern.compile(
                  BEFORE
                      + "(?:p\\.\\s?)?("
                      + AA3
                      + "|"
                      + AA1
                      + ")(\\d+)("
                      + AA3
                      + "|"
                      + AA1
                      + ")?fs(?:\\s?(?:X|\\*|Ter)\\s?(\\d+))?"
                      + AFTER),
              m ->
                  "p|FS|"
                      + aa(m.group(1))
                      + "|"
                      + m.group(2)
                      + "|"
                      + (m.group(3) == null ? "" : aa(m.group(3)))
                      + "|"
                      + (m.group(4) == null ? "" : m.group(4))),
          // p.Val600Glu, Pro75 Ala, Arg 1306 Trp, Glu 272 to stop, (Ala569Val)
          new Rule(
              Pattern.compile(
                  BEFORE
                      + "(?:p\\.\\s?)?\\(?("
                      + AA3
                      + ")\\s?(\\d+)\\s?(?:to\\s)?("
                      + AA3
                      + "|"
                      + STOP
                      + "|del)\\)?"
                      + AFTER),
              m -> {
                String to = m.group(3);
                String kind = to.equals("del") ? "DEL" : "SUB";
                // a deleted residue follows its position: "p.Phe508del" is "p|DEL|508|F"
                return kind.equals("DEL")
                    ? "p|DEL|" + m.group(2) + "|" + aa(m.group(1))
                    : "p|SUB|" + aa(m.group(1)) + "|" + m.group(2) + "|" + aa(to);
              }),
          // F508del, p.V239del, delF508, deltaF508
          new Rule(
              Pattern.compile(
                  BEFORE
                      + "(?:(?:p\\.)?("
                      + AA1
                      + ")(\\d+)del|(?:del|delta|\u0394)("
                      + AA1
                      + ")(\\d+))"
                      + AFTER),
              m ->
                  m.group(1) != null
                      ? "p|DEL|" + m.group(2) + "|" + m.group(1)
                      : "p|DEL|" + m.group(4) + "|" + m.group(3)),
          // p.G204_K247del, Val624-Val625del: a deleted stretch of residues, named when there are
          // two
          new Rule(
              Pattern.compile(
                  BEFORE
                      + "(?:p\\.)?("
                      + AA3
                      + "|"
                      + AA1
                      + ")(\\d+)[_-]("
                      + AA3
                      + "|"
                      + AA1
                      + ")(\\d+)del"
                      + AFTER),
              m -> {
                int from = Integer.parseInt(m.group(2));
                int to = Integer.parseInt(m.group(4));
                if (to <= from) {
                  return null;
                }
                String residues = to == from + 1 ? aa(m.group(1)) + aa(m.group(3)) : "";
                return "p|DEL|" + from + "_" + to + "|" + residues;
              }),
          // CCR5 Delta32, DD32 deletion, Delta30-4995: a deletion of so many base pairs (at a
          // position)
          new Rule(
              Pattern.compile(
                  "(?:(?<![\\w.])DD|[Dd]elta|\u0394)(\\d{2,3})(?:-(\\d+))?(?:\\sdeletion)?(?![\\w-])"),
              m -> "c|DEL|" + (m.group(2) == null ? "" : m.group(2)) + "|" + m.group(1)),
          // del642T: the deleted nucleotides after their position
          new Rule(
              Pattern.compile("(?<![\\w.])del(\\d+)(" + NT + "+)" + AFTER),
              m -> "c|DEL|" + m.group(1) + "|" + m.group(2)),
          // leucine 269 to phenylalanine, arginine 555-to-tryptophan, arginine 150 proline,
          // glycine-594-valine
          new Rule(
              Pattern.compile(
                  "(?<![\\w])("
                      + AA_NAME
                      + ")[\\s-](\\d+)(?:\\s?-?(?:to|by)-?\\s?(?:an?\\s)?|[\\s-])("
                      + AA_NAME
                      + "|stop)"
                      + AFTER,
                  Pattern.CASE_INSENSITIVE),
              m -> "p|SUB|" + aa(m.group(1)) + "|" + m.group(2) + "|" + aa(m.group(3))),
          // arginine to tryptophan at codon 198, methionine-->valine substitution at codon 404,
          // arginine (CGA) by a stop (TGA) at amino-acid 469
          new Rule(
              Pattern.compile(
                  "(?<![\\w])("
                      + AA_NAME
                      + ")"
                      + RESIDUE_NOTE
                      + CHANGED_TO
                      + "("
                      + AA_NAME
                      + "|stop)"
                      + RESIDUE_NOTE
                      + "(?:\\s(?:substitution|change|mutation|replacement))?\\sat\\s"
                      + POSITION_WORDS
                      + "(\\d+)"
                      + AFTER,
                  Pattern.CASE_INSENSITIVE),
              m -> "p|SUB|" + aa(m.group(1)) + "|" + m.group(3) + "|" + aa(m.group(2))),
          // arginine at amino acid position 229 by glycine
          new Rule(
              Pattern.compile(
                  "(?<![\\w])("
                      + AA_NAME
                      + ")"
                      + RESIDUE_NOTE
                      + "\\sat\\s"
                      + POSITION_WORDS
                      + "(\\d+)\\s(?:to|by|with)\\s(?:an?\\s)?("
                      + AA_NAME
                      + "|stop)"
                      + AFTER,
                  Pattern.CASE_INSENSITIVE),
              m -> "p|SUB|" + aa(m.group(1)) + "|" + m.group(2) + "|" + aa(m.group(3))),
          // glutamate by glycine, glutamic acid to a stop codon: a change without its position
          new Rule(
              Pattern.compile(
                  "(?<![\\w])("
                      + AA_NAME
                      + ")"
                      + RESIDUE_NOTE
                      + CHANGED_TO
                      + "("
                      + AA_NAME
                      + "|stop codon|stop)"
                      + AFTER,
                  Pattern.CASE_INSENSITIVE),
              m -> "p|SUB|" + aa(m.group(1)) + "||" + aa(m.group(2).replace(" codon", ""))),
          // 157delMTTTVP: deleted residues that cannot be nucleotides
          new Rule(
              Pattern.compile(
                  BEFORE
                      + "(?:p\\.)?(\\d+)del([ACDEFGHIKLMNPQRSTVWY]*[DEFHIKLMNPQRSVWY]"
                      + AA1
                      + "*)"
                      + AFTER),
              m -> "p|DEL|" + m.group(1) + "|" + m.group(2)),
          // V600E, p.R229G, E873stop, Y355X
          new Rule(
              Pattern.compile(
                  BEFORE + "(p\\.\\s?)?(" + AA1 + ")(\\d{1,5})(" + AA1 + "|" + STOP + ")" + AFTER),
              m -> {
                // "T98G" alone is also a cell line, a gene or a DNA change: demand the p. prefix or
                // a position above 9, and read nucleotide letters at DNA-like positions as DNA
                if (m.group(1) == null
                    && (m.group(3).length() < 2 || dnaLike(m.group(2), m.group(3), m.group(4)))) {
                  return null;
                }
                return "p|SUB|" + m.group(2) + "|" + m.group(3) + "|" + aa(m.group(4));
              }),
          // KrasG12D, rtM204V, sG145R: a protein change glued to the gene or protein it is in
          new Rule(
              Pattern.compile(
                  "(?<=[a-z])(" + AA1 + ")(\\d{2,5})(" + AA1 + "|" + STOP + ")" + AFTER),
              m ->
                  dnaLike(m.group(1), m.group(2), m.group(3))
                      ? null
                      : "p|SUB|" + m.group(1) + "|" + m.group(2) + "|" + aa(m.group(3))),
          // C35322T, C-1228T: a nucleotide change far into a gene or before it
          new Rule(
              Pattern.compile(BEFORE + "(" + NT + ")(-?\\d{1,6})(" + NT + ")" + AFTER),
              m ->
                  dnaLike(m.group(1), m.group(2), m.group(3))
                      ? "c|SUB|" + m.group(1) + "|" + m.group(2) + "|" + m.group(3)
                      : null),
          // c.1799T>A, 643C>T, -1082(G/A), c.310 G>T, IVS8 -2A>G, c.2406C-->A, -3279, A/C
          new Rule(
              Pattern.compile(
                  DNA_BEFORE
                      + "(?:([cgmnr])\\.\\s?)?"
                      + DNA_POS
                      + ",?\\s?\\(?("
                      + NT
                      + "+)\\s?(?:>|-+\\s?>|/)\\s?("
                      + NT
                      + "+)\\)?"
                      + AFTER),
              m ->
                  // "251A/A" is a genotype, not a change
                  m.group(3).equals(m.group(4)) || spacedWithoutPrefix(m)
                      ? null
                      : prefix(m.group(1))
                          + "|SUB|"
                          + m.group(3)
                          + "|"
                          + m.group(2).replaceAll("\\s", "")
                          + "|"
                          + m.group(4)),
          // -511CC, IVS9+459 GG, -3279 AC+AA: the alleles or genotype at a position before a gene
          // or in an intron (an unsigned "7488CC" is too often something else, and so is a
          // one-digit
          // "-1A", as in "serotonin-1A receptor")
          new Rule(
              Pattern.compile(
                  DNA_BEFORE
                      + "((?:IVS\\d+\\s?[-+]\\s?\\d+)|(?:[-+]\\d{2,}))\\s?("
                      + NT
                      + "{1,2})(?:\\+"
                      + NT
                      + "{1,2})?(?![\\w/+]|\\s?-*\\s?>)"),
              m ->
                  temperature(m.group(1), m.group(2))
                      ? null
                      : "c|Allele|" + m.group(2) + "|" + m.group(1).replaceAll("\\s", "")),
          // c.5382insC, c.35delG, 657del5, c.1181_1186+20del26, c.899-1142del, 2238-9del AG
          new Rule(
              Pattern.compile(
                  DNA_BEFORE
                      + "(?:([cgmnr])\\.\\s?)?"
                      + DNA_POS
                      + "(del|ins|dup)\\s?("
                      + NT
                      + "*|\\d+)"
                      + AFTER),
              m -> {
                boolean prefixed = m.group(1) != null;
                if (!prefixed && m.group(4).isEmpty() || spacedWithoutPrefix(m)) {
                  return null;
                }
                String kind = m.group(3).toUpperCase(Locale.ROOT);
                // tmVar's duplications carry a copy count after the sequence ("c|DUP|899|C|")
                return prefix(m.group(1))
                    + "|"
                    + kind
                    + "|"
                    + range(m.group(2))
                    + "|"
                    + m.group(4)
                    + (kind.equals("DUP") ? "|" : "");
              }),
          // dup24bp: a duplication of so many base pairs
          new Rule(
              Pattern.compile("(?<![\\w.])dup(\\d+)\\s?bp" + AFTER),
              m -> "c|DUP||" + m.group(1) + "|"),
          // 96 bp insertion, 19-base pair deletion, 32-bp deletion, 12-nucleotide
          // insertion/deletion (indel)
          new Rule(
              Pattern.compile(
                  "(?<![\\w.])(\\d+)[- ](?:bp|base[- ]pairs?|nucleotides?|nt)[- ]"
                      + "(insertion/deletion|insertion|deletion|duplication)"
                      // its abbreviation, which BioRED annotates as part of it, not apart
                      + "(?:\\s\\(indel\\))?"
                      + AFTER),
              m -> "c|" + kind(m.group(2)) + "||" + m.group(1)),
          // ins/del 6 bp
          new Rule(
              Pattern.compile("(?<![\\w.])(?:ins/del|insertion/deletion)\\s(\\d+)\\s?bp" + AFTER),
              m -> "c|INDEL||" + m.group(1)),
          // C to T at 33468, cytosine to guanine transversion at nucleotide 1451, T to A transition
          // at the nucleotide position +387, G to C at codon 158, A was replaced by a G in codon 38
          new Rule(
              Pattern.compile(
                  "(?<![\\w])("
                      + BASE
                      + ")\\s?(?:to|-+>|>|(?:was\\s)?replaced\\sby)\\s?(?:an?\\s)?("
                      + BASE
                      + ")(?:\\s(?:transition|transversion|substitution|change|mutation))?"
                      + "\\s(?:at\\s"
                      + POSITION_WORDS
                      + "(?:position\\s)?|in\\s(?:the\\s)?(codon)\\s)([-+]?\\d+)"
                      // "at the 5' end" is no position
                      + "(?![\\w'\u2032]|\\send)"),
              m ->
                  "c|SUB|"
                      + base(m.group(1))
                      + "|"
                      + codonOr(m.group(0), m.group(3), m.group(4).replace("+", ""))
                      + "|"
                      + base(m.group(2))),
          // T deletion at 5063
          new Rule(
              Pattern.compile(NUCLEOTIDES_AT + AFTER),
              m -> "c|" + kind(m.group(2)) + "|" + m.group(3) + "|" + m.group(1)),
          // nucleotide T insertion at 7916 and 7917: an insertion between two neighbouring
          // positions, which HGVS and BioRED write as a range ("c.1546_1547insC")
          new Rule(
              Pattern.compile("(?:nucleotides?\\s)?" + NUCLEOTIDES_AT + "\\sand\\s(\\d+)" + AFTER),
              m ->
                  Long.parseLong(m.group(4)) == Long.parseLong(m.group(3)) + 1
                      ? "c|"
                          + kind(m.group(2))
                          + "|"
                          + m.group(3)
                          + "_"
                          + m.group(4)
                          + "|"
                          + m.group(1)
                      : null));

  private VariantPatterns() {}

  /** Every variant in {@code text}; overlapping matches of different rules may both be there. */
  static List<Mention> find(String text) {
    List<Mention> found = new ArrayList<>();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        String id = rule.id().apply(m);
        if (id != null) {
          found.add(mention(text, m.start(), m.end(), id));
        }
      }
    }
    return found;
  }

  /**
   * A change written without its position: two alleles ("G/A", "Ile/Val") or one residue turned
   * into another ("C to T", "G-->A", "A>G", "glutamate by glycine").
   */
  private static final Pattern POSITIONLESS =
      Pattern.compile(
          "(?:("
              + NT
              + ")\\s?(?:/|>|-+>|\u2192|\\sto\\s)\\s?("
              + NT
              + ")|("
              + AA3
              + ")\\s?(?:/|>|-+>|\u2192|\\sto\\s)\\s?("
              + AA3
              + "|"
              + STOP
              + "))");

  /**
   * The tmVar id of a change written without its position ("G/A" is "c|SUB|G||A", "Ile/Val"
   * "p|SUB|I||V", "glutamate by glycine" "p|SUB|E||G"), or null when {@code text} is no such
   * change.
   */
  static String positionless(String text) {
    Matcher m = POSITIONLESS.matcher(text);
    if (m.matches()) {
      return m.group(1) != null
          ? "c|SUB|" + m.group(1) + "||" + m.group(2)
          : "p|SUB|" + aa(m.group(3)) + "||" + aa(m.group(4));
    }
    for (Mention v : find(text)) {
      if (v.start() == 0
          && v.end() == text.length()
          && v.id().matches("[cp]\\|SUB\\|[^|]+\\|\\|.+")) {
        return v.id();
      }
    }
    return null;
  }

  /**
   * "DEL" for "deletion", "INS", "DUP"; "INDEL" for "insertion/deletion", as BioRED writes a
   * polymorphism of either allele (8 of the 9 such mentions of its training split).
   */
  private static String kind(String change) {
    return change.contains("/") ? "INDEL" : change.substring(0, 3).toUpperCase(Locale.ROOT);
  }

  /** A change's position said to be a codon's: "at codon 158", "at codon position 12". */
  private static final Pattern AT_CODON = Pattern.compile("\\bcodon\\s(?:position\\s)?[-+]?\\d+$");

  /**
   * The position of a nucleotide change: "CODON158" where the change is said to be at or in a codon
   * ("G to C at codon 158"), as BioRED writes it (3 of 3 such changes in its training split), else
   * the position as written.
   */
  private static String codonOr(String change, String inCodon, String position) {
    boolean atCodon = inCodon != null || AT_CODON.matcher(change).find();
    return atCodon ? "CODON" + position : position;
  }

  /** One-letter code of a nucleobase written as a letter or a name ("cytosine" is "C"). */
  private static String base(String written) {
    return written.length() == 1
        ? written.toUpperCase(Locale.ROOT)
        : switch (written.toLowerCase(Locale.ROOT)) {
          case "adenine" -> "A";
          case "guanine" -> "G";
          case "cytosine" -> "C";
          case "uracil" -> "U";
          default -> "T";
        };
  }

  /** A residue written out: an amino acid or a nucleobase ("thymidine to cytosine"). */
  private static final String RESIDUE =
      "(?:" + AA_NAME + "|adenine|guanine|cytosine|thymine|thymidine|uracil)";

  private static final Pattern RESIDUE_NAME = Pattern.compile("(?i)" + RESIDUE);

  /**
   * Residues in a described change: "glutamate by glycine", "methionine-->valine", "Tyrosine (Tyr)
   * instead of a Term", "glutamic acid to a stop codon", "substitution of a conserved arginine at
   * amino acid position 229 by glycine", "the tyrosine codon".
   */
  private static final List<Pattern> RESIDUE_CHANGES =
      List.of(
          Pattern.compile(
              "(?i)\\b("
                  + RESIDUE
                  + ")(?:\\s*\\(\\w{1,3}\\))?\\s*(?:-+>|\u2192|\\b(?:to|by|instead of)\\b)\\s*(?:an? )?("
                  + RESIDUE
                  + "|stop|termination|term)\\b"),
          Pattern.compile(
              "(?i)\\b(?:substitution|replacement|replaced|substituted|changed?|changing|conversion"
                  + "|mutation)\\b[^.;]{0,80}?\\b(?:by|with|to|for)\\s+(?:an? )?("
                  + RESIDUE
                  + ")\\b"),
          Pattern.compile("(?i)\\b(" + RESIDUE + ")\\s+codon"));

  /**
   * The residue names of changes described in words. They are no chemicals: in the training splits
   * of BC5CDR and BioRED, 40 such names are inside a gold variant, one is unannotated and none is a
   * chemical. A change without a position is no variant the patterns can normalise, so the names
   * can stand outside every variant mention.
   */
  static List<Span> residueNames(String text) {
    List<Span> found = new ArrayList<>();
    for (Pattern p : RESIDUE_CHANGES) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        for (int g = 1; g <= m.groupCount(); g++) {
          if (m.group(g) != null && RESIDUE_NAME.matcher(m.group(g)).matches()) {
            found.add(new Span(m.start(g), m.end(g)));
          }
        }
      }
    }
    return found;
  }

  /**
   * Common ways of writing the substitution that {@code id} names ("p|SUB|R|127|H": "R127H",
   * "p.R127H", "Arg127His", "p.Arg127His"; "p|SUB|E|873|X" also "Glu873Stop"; "c|SUB|C|677|T":
   * "C677T", "677C>T", "c.677C>T" and, as "A467T" reads either way, "Cys677Thr"), none for other
   * kinds of change.
   */
  static List<String> writtenForms(String id) {
    String[] p = id.split("\\|", -1);
    if (p.length != 5 || !p[1].equals("SUB") || !p[3].matches("\\d+")) {
      return List.of();
    }
    String from = p[2];
    String at = p[3];
    String to = p[4];
    List<String> forms = new ArrayList<>();
    if (p[0].equals("c") && from.matches(NT + "+") && to.matches(NT + "+")) {
      forms.addAll(List.of(from + at + to, at + from + ">" + to, "c." + at + from + ">" + to));
    } else if (!p[0].equals("p")) {
      return forms;
    }
    if (from.length() == 1 && to.length() == 1) {
      forms.addAll(List.of(from + at + to, "p." + from + at + to));
      String from3 = threeLetter(from);
      for (String to3 : to.equals("X") ? List.of("Ter", "Stop") : List.of(threeLetter(to))) {
        if (from3 != null && to3 != null) {
          forms.add(from3 + at + to3);
          forms.add("p." + from3 + at + to3);
        }
      }
    }
    return forms.stream().distinct().toList();
  }

  /** "Arg" for "R"; null for a code without a three-letter name. */
  private static String threeLetter(String one) {
    for (Map.Entry<String, String> e : THREE_TO_ONE.entrySet()) {
      if (e.getValue().equals(one) && e.getKey().length() == 3) {
        return Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
      }
    }
    return null;
  }

  /** One-letter code of a one-, three-letter or spelled-out amino acid, or of a stop. */
  private static String aa(String code) {
    if (code.length() == 1) {
      return code.equals("*") ? "X" : code;
    }
    return THREE_TO_ONE.get(code.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether "C1228T" reads as a DNA change rather than a protein one: both letters are nucleotides
   * and the position is before the gene or beyond the length of most proteins' numbering in
   * abstracts (BioRED Train: 10 of 13 such mentions at positions of 100 or more are DNA).
   */
  private static boolean dnaLike(String from, String position, String to) {
    return from.matches(NT)
        && to.matches(NT)
        && (position.startsWith("-") || Integer.parseInt(position) >= 100);
  }

  /**
   * Whether a numbered position with a spaced offset ("855 +1") lacks the "c." that makes it one
   * position rather than a number and a change ("in 1999 +2 ...").
   */
  private static boolean spacedWithoutPrefix(Matcher m) {
    return m.group(1) == null && !m.group(2).startsWith("IVS") && m.group(2).contains(" ");
  }

  /**
   * Whether "-80C" or "+4 C" reads as degrees Celsius (liquid nitrogen is at -196) before an
   * allele.
   */
  private static boolean temperature(String position, String alleles) {
    return alleles.equals("C")
        && position.matches("[-+]\\d+")
        && Math.abs(Integer.parseInt(position)) <= 200;
  }

  private static String prefix(String written) {
    return written == null ? "c" : written;
  }

  /** "899-1142" as a deleted range is "899_1142"; an intronic offset ("3318-34") stays. */
  private static String range(String position) {
    Matcher r = Pattern.compile("(\\d+)-(\\d+)").matcher(position);
    if (r.matches()) {
      String from = r.group(1);
      String to = r.group(2);
      if (to.length() < from.length()) {
        // "2238-9" abbreviates 2238-2239
        to = from.substring(0, from.length() - to.length()) + to;
      }
      if (Long.parseLong(to) > Long.parseLong(from)) {
        return from + "_" + to;
      }
    }
    return position.replaceAll("\\s", "");
  }

  private static Mention mention(String text, int start, int end, String id) {
    Span inside = withoutOuterParentheses(text, start, end);
    return new Mention(
        inside.start(),
        inside.end(),
        text.substring(inside.start(), inside.end()),
        EntityType.VARIANT,
        id,
        null);
  }

  /**
   * The span without parentheses that are not the variant's own: an unbalanced one at either end
   * ("-1082(G/A" keeps its pair, "Ala569Val)" loses it) and a pair around the whole ("(Ala569Val)"
   * is "Ala569Val", as BioRED annotates it).
   */
  static Span withoutOuterParentheses(String text, int start, int end) {
    while (end > start && text.charAt(end - 1) == ')' && text.lastIndexOf('(', end - 1) < start) {
      end--;
    }
    while (start < end && text.charAt(start) == '(' && text.indexOf(')', start) >= end) {
      start++;
    }
    if (end - start > 2
        && text.charAt(start) == '('
        && text.charAt(end - 1) == ')'
        && text.indexOf(')', start) == end - 1) {
      return withoutOuterParentheses(text, start + 1, end - 1);
    }
    return new Span(start, end);
  }
}
