package org.litfacets.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.sentence.SentenceSplitter;
import org.litfacets.sentence.Span;

/**
 * The entity recogniser: dictionary matching, an optional learned tagger whose mentions are
 * normalised through the dictionary, and abbreviations: a short form defined as "long form (SF)"
 * takes the long form's type and identifier everywhere in the text, and a short form whose long
 * form is no entity is not tagged. Thread-safe when the learned tagger is.
 */
public final class EntityRecognizer implements MentionTagger {

  private final DictionaryTagger dictionaryTagger;
  private final MentionTagger learned;
  private final GeneSpecies geneSpecies;
  private final AbbreviationFinder abbreviations = new AbbreviationFinder();
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** Dictionary and abbreviations only. */
  public EntityRecognizer(EntityDictionary dictionary) {
    this(dictionary, null);
  }

  /**
   * @param learned a tagger whose mentions carry a type (ids may be null), or null for the
   *     dictionary alone
   */
  public EntityRecognizer(EntityDictionary dictionary, MentionTagger learned) {
    this.dictionaryTagger = new DictionaryTagger(dictionary);
    this.geneSpecies = new GeneSpecies(dictionary);
    this.learned = learned;
  }

  /**
   * Builds the dictionary from a data folder laid out as ../shared/data (see {@link
   * DictionaryLoader}).
   */
  public static EntityRecognizer load(Path dataDir) {
    return new EntityRecognizer(DictionaryLoader.load(dataDir));
  }

  /**
   * As {@link #load(Path)} with the dictionary cached in {@code modelsDir} ({@link
   * DictionaryLoader#cacheFile}) (built there on the first run, rebuilt when the inputs change).
   */
  public static EntityRecognizer load(Path dataDir, Path modelsDir) {
    return new EntityRecognizer(
        DictionaryLoader.loadCached(dataDir, DictionaryLoader.cacheFile(modelsDir)));
  }

  public EntityDictionary dictionary() {
    return dictionaryTagger.dictionary();
  }

  @Override
  public List<Mention> tag(String text) {
    return tag(text, splitter.split(text));
  }

  private List<Mention> tag(String text, List<Span> sentences) {
    List<Mention> mentions = dictionaryTagger.tag(text);
    List<Mention> learnedMentions =
        learned == null
            ? List.of()
            : VariantMentions.reconcile(text, mentions, normalise(learned.tag(text)));
    mentions = withoutWordLikeSymbols(mentions, learnedMentions);
    if (learned != null) {
      mentions = merge(text, mentions, learnedMentions);
    }
    mentions = applyAbbreviations(text, mentions, learnedMentions);
    mentions = withCompositeDiseases(text, mentions);
    mentions = withQualifiers(text, mentions);
    mentions = withWholeChemicalNames(text, mentions);
    mentions = withKnockedOutGenes(text, mentions);
    mentions =
        VariantMentions.named(text, VariantMentions.withoutGenotypes(text, mentions), dictionary());
    mentions = withoutNotation(text, withoutPartsOfOtherTerms(text, mentions), sentences);
    mentions = withoutGenesNamedAsDiseases(mentions, learnedMentions);
    return geneSpecies.assign(mentions, sentences);
  }

  /** A disease's subtype: "type 2", "type IID", "types 1A". */
  private static final String SUBTYPE = "[Tt]ypes? (?:[0-9]+[A-Za-z]?|[IV]+[A-Za-z]?)";

  /** An organ's adjective or a subtype right before a mention: "renal", "type IID". */
  private static final Pattern QUALIFIER_BEFORE =
      Pattern.compile(
          "\\b(?:(?i:renal|hepatic|pulmonary|cardiac|myocardial|gastric|intestinal|pancreatic"
              + "|cerebral|neuronal|ocular|retinal|cutaneous|adrenal|thyroid|ovarian|testicular)"
              + "|"
              + SUBTYPE
              + ") $");

  /** A subtype right after a mention: "SJS type 1A", "atelosteogenesis, type 2". */
  private static final Pattern QUALIFIER_AFTER = Pattern.compile("^,? " + SUBTYPE + "\\b");

  /**
   * A disease named with its organ, "renal hamartomas", or with its subtype, "type IID von
   * Willebrand disease", "SJS type 1A", is one mention with them, though the dictionary knows only
   * the disease: the training splits of NCBI-disease, BC5CDR and BioRED include an organ's
   * adjective in the disease's span 135, 232 and 115 times and leave it out 4, 8 and 3 times; they
   * include a subtype before or after it 35, 1 and 52 times and leave it out once. The mention
   * keeps the identifier of the disease it names.
   */
  private static List<Mention> withQualifiers(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.type() != EntityType.DISEASE) {
        out.add(m);
        continue;
      }
      int start = m.start();
      int end = m.end();
      int before = wordsBefore(QUALIFIER_BEFORE, text, start);
      if (before < start && free(mentions, m, before, start)) {
        start = before;
      }
      Matcher after =
          QUALIFIER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20)));
      if (after.find() && free(mentions, m, end, end + after.end())) {
        end += after.end();
      }
      out.add(
          start == m.start() && end == m.end()
              ? m
              : new Mention(start, end, text.substring(start, end), m.type(), m.id(), m.name()));
    }
    return out;
  }

  /** A chain length before a chemical class: "long chain", "short-chain". */
  private static final Pattern CHAIN_BEFORE =
      Pattern.compile("\\b(?i:long|short|medium)[- ]chain $");

  /**
   * Locants and substituents joined to a chemical's name by hyphens, starting with a number:
   * "3'-azido-2',3'-", "2,4-diene-", "15-F(2t)-".
   */
  private static final Pattern LOCANT_PREFIX = Pattern.compile("\\d[^\\s]*-");

  /**
   * A chemical's name goes on before the part that the dictionary or the learned tagger reads: a
   * chain length names a kind of fatty acid ("long chain fatty acids", as BioRED's training split
   * annotates it, 1 of 1; "very" before it is not part of the name, as in its dev split), and
   * locants with substituents joined by hyphens name a derivative ("3'-azido-2',3'-deoxythymidine",
   * "2,4-diene-VPA", "15-F(2t)-isoprostane", as BC5CDR's dev split annotates them). It goes on
   * after it by a number in brackets that ends the word, {@link #NUMBER_SUBSCRIPT}. The mention
   * takes the dictionary's identifier of the whole name, else keeps that of the part it extends.
   */
  private List<Mention> withWholeChemicalNames(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean chemical = m.type() == EntityType.CHEMICAL;
      int start = chemical ? prefixStart(text, m.start()) : m.start();
      if (start < m.start() && !free(mentions, m, start, m.start())) {
        start = m.start();
      }
      Matcher sub = NUMBER_SUBSCRIPT.matcher(text).region(m.end(), text.length());
      int end =
          chemical && sub.lookingAt() && free(mentions, m, m.end(), sub.end())
              ? sub.end()
              : m.end();
      if (start == m.start() && end == m.end()) {
        out.add(m);
        continue;
      }
      String name = text.substring(start, end);
      EntityDictionary.Entry whole = meaning(name, EntityType.CHEMICAL);
      out.add(
          whole == null
              ? new Mention(start, end, name, m.type(), m.id(), m.name())
              : new Mention(start, end, name, m.type(), whole.id(), whole.name()));
    }
    return out;
  }

  /**
   * A number in brackets right after a chemical's name, ending the word, is part of it: "PGE(2)",
   * "IP(3)", "CaCl(2)", as BioRED's and BC5CDR's splits annotate them 45 times; not a receptor's
   * subtype ("5-HT(6) receptor", 3 times left out), a channel's ion ("Ca(2) channel", a charge cut
   * short) nor a charge ("Ca(2+)", which the corpora disagree on).
   */
  private static final Pattern NUMBER_SUBSCRIPT =
      Pattern.compile("\\(\\d{1,2}\\)(?![\\p{L}\\d(])(?! ?(?i:receptors?|subtypes?|channels?))");

  /** Where a chemical's name starting at {@code start} really starts. */
  private static int prefixStart(String text, int start) {
    int chain = wordsBefore(CHAIN_BEFORE, text, start);
    if (chain < start) {
      return chain;
    }
    if (start == 0 || !TermNormalizer.isDash(text.charAt(start - 1))) {
      return start;
    }
    int k = start - 1;
    while (k > 0 && !Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    while (k < start
        && (text.charAt(k) == '(' || text.charAt(k) == '[')
        && !balancedBrackets(text.substring(k, start))) {
      k++;
    }
    String prefix = text.substring(k, start);
    return LOCANT_PREFIX.matcher(prefix).matches() && balancedBrackets(prefix) ? k : start;
  }

  /**
   * Where the words that {@code before} (a pattern ending in " $") finds in the 20 characters
   * before {@code start} begin, else {@code start}.
   */
  private static int wordsBefore(Pattern before, String text, int start) {
    int window = Math.max(0, start - 20);
    Matcher m = before.matcher(text.substring(window, start));
    return m.find() ? window + m.start() : start;
  }

  /** Whether no mention but {@code m} overlaps the span. */
  private static boolean free(List<Mention> mentions, Mention m, int start, int end) {
    return mentions.stream().noneMatch(o -> o != m && o.start() < end && start < o.end());
  }

  /** A word ending in "KO", knockout: "ARKO", "AT1aKO". */
  private static final Pattern KNOCKOUT = Pattern.compile("\\b([A-Za-z][A-Za-z0-9]+)KO\\b");

  /**
   * The gene symbol of a knockout written as one word ("ARKO" mice lack AR) is that gene: BioRED's
   * training split annotates it 10 of 10 times ("AT1aKO", "CBKO"), and the dictionary, which never
   * starts or ends a name inside a word, does not find it. Human and mouse symbols, as written.
   */
  private List<Mention> withKnockedOutGenes(String text, List<Mention> mentions) {
    List<Mention> out = null;
    Matcher k = KNOCKOUT.matcher(text);
    while (k.find()) {
      int start = k.start(1);
      int end = k.end(1);
      if (mentions.stream().anyMatch(m -> m.start() < k.end() && start < m.end())) {
        continue;
      }
      EntityDictionary.Entry e = dictionary().gene(k.group(1), GeneSpecies.HUMAN);
      if (e == null) {
        e = dictionary().gene(k.group(1), GeneSpecies.MOUSE);
      }
      if (e != null) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.add(new Mention(start, end, k.group(1), EntityType.GENE, e.id(), e.name()));
      }
    }
    if (out == null) {
      return mentions;
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  /** A word and a coordinator ("and", "or", "and/or", or a comma in a list) before a mention. */
  private static final Pattern COORDINATED =
      Pattern.compile("\\b([A-Za-z][\\w-]*)(?:,? (?:and|or|and/or)|,) $");

  /**
   * A disease written with coordinated modifiers, "breast and ovarian cancer", is one mention from
   * the first modifier on, named by each disease it stands for ("breast cancer", "ovarian cancer"):
   * BC5CDR, NCBI-disease and BioRED all annotate such composite mentions as one span (the training
   * splits: 12, 71 and 7 times, against one and one read apart; BioRED's dev split reads two of
   * four apart). A modifier counts only when the dictionary knows it with the mention's head as a
   * disease and it is no disease mention of its own, so that "brain and metabolic abnormalities"
   * ("brain abnormalities" is no name) and "anxiety and affective disorders" stay apart.
   */
  private List<Mention> withCompositeDiseases(String text, List<Mention> mentions) {
    List<Mention> out = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.DISEASE || m.start() < 2 || text.charAt(m.start() - 1) != ' ') {
        continue;
      }
      List<Span> tokens = TermNormalizer.tokens(m.text());
      if (tokens.size() < 2) {
        continue;
      }
      String head = m.text().substring(tokens.get(1).start());
      int start = m.start();
      List<String> ids = new ArrayList<>();
      boolean listed = false;
      while (true) {
        int window = Math.max(0, start - 40);
        Matcher c = COORDINATED.matcher(text.substring(window, start));
        if (!c.find() || !listed && c.group().endsWith(", ")) {
          break;
        }
        int word = window + c.start(1);
        String id = diseaseId(c.group(1) + " " + head);
        if (id == null || startsMention(mentions, EntityType.DISEASE, word)) {
          break;
        }
        ids.add(0, id);
        start = word;
        listed = true;
      }
      if (ids.isEmpty()) {
        continue;
      }
      if (m.id() != null) {
        ids.add(m.id());
      }
      Mention composite =
          new Mention(
              start,
              m.end(),
              text.substring(start, m.end()),
              EntityType.DISEASE,
              String.join("|", new LinkedHashSet<>(ids)),
              m.name());
      if (out == null) {
        out = new ArrayList<>(mentions);
      }
      int from = start;
      out.removeIf(o -> o.type() == EntityType.DISEASE && from <= o.start() && o.end() <= m.end());
      out.add(composite);
    }
    if (out == null) {
      return mentions;
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  private static boolean startsMention(List<Mention> mentions, EntityType type, int start) {
    return mentions.stream().anyMatch(o -> o.type() == type && o.start() == start);
  }

  private String diseaseId(String term) {
    EntityDictionary.Entry e = meaning(term, EntityType.DISEASE);
    return e == null ? null : e.id();
  }

  /**
   * "(programmed) cell death" is a normal process, not a disease: 2 of the 26 occurrences in the
   * training splits of BC5CDR, NCBI-disease and BioRED have a disease mention inside, and they are
   * longer ("glial cell death"). Unlike "tumor suppressor", whose "tumor" NCBI-disease and BioRED
   * annotate.
   */
  private static final Pattern CELL_DEATH = Pattern.compile("(?i)\\bcell death\\b");

  /**
   * An author's initials in a reference ("Yeoh, K. K., Carr, C. A."; "Weiss, K., Lucas, R."), which
   * a one-letter element symbol would otherwise read as potassium: no one-letter chemical of the
   * BC5CDR and BioRED training splits is followed by a full stop, and 27 such initials there are
   * unannotated.
   */
  private static final Pattern AUTHOR_INITIALS =
      Pattern.compile("\\b[A-Z][a-z]{1,30}, ([A-Z])\\.(?: ?([A-Z])\\.)?");

  /**
   * A word of an enzyme's name that ends it ("creatine kinase", "glutathione reductase",
   * "Na-K-ATPase"), except a synthase, which is named after what it makes ("NO synthase").
   */
  private static final Pattern ENZYME_WORD = Pattern.compile("\\b(?!synthases?\\b)[A-Za-z]*ases?$");

  /**
   * A subscript in brackets that makes a letter a quantity's symbol: "K(i)", "C(max)", "I(f)". None
   * of the 14 such letters of BC5CDR's and BioRED's training and dev splits is annotated as a
   * chemical, which an element's symbol ("K", potassium) would otherwise read.
   */
  private static final Pattern SUBSCRIPT = Pattern.compile("\\([a-z]{1,3}\\)");

  /** An amino acid's name. */
  private static final Pattern AMINO_ACID =
      Pattern.compile(
          "(?i)alanine|arginine|asparagine|aspartate|glutamate|cysteine|glutamine|glycine"
              + "|histidine|isoleucine|leucine|lysine|methionine|phenylalanine|proline|serine"
              + "|threonine|tryptophan|tyrosine|valine");

  /**
   * What makes an amino acid before it a protein's residue: "tyrosine phosphorylation", "serine/
   * threonine kinases", "cysteine peptidase", "arginine residue". None of the 19 such amino acids
   * of BioRED's training and dev splits is annotated as a chemical; BC5CDR's have none.
   */
  private static final Pattern RESIDUE_AFTER =
      Pattern.compile(
          "^(?:/[a-z]+)? (?:protein )?(?i:kinases?|phosphorylation|residues?|peptidases?)\\b");

  private static boolean residue(String text, Mention chemical) {
    return AMINO_ACID.matcher(chemical.text()).matches()
        && RESIDUE_AFTER
            .matcher(text.substring(chemical.end(), Math.min(text.length(), chemical.end() + 40)))
            .find();
  }

  /** A name written in lower case after its first letter: a word, not a symbol or a code. */
  private static final Pattern WORD_NAME = Pattern.compile(".[^A-Z]*[a-z][^A-Z]*");

  /**
   * Whether {@code chemical} names a gene or protein rather than a chemical, as BioRED (PubTator
   * 3's guideline) reads it:
   *
   * <ul>
   *   <li>a word of a longer gene name ("NMDA" in "NMDA receptor", "NO" in "neuronal NO synthase",
   *       "calcium" in "calcium sensing receptor"), which BioRED annotates as the gene alone and
   *       BC5CDR as both, so the corpora conflict. Measured on the dev splits, dropping every such
   *       chemical raised BioRED chemical mention F1 0.806 to 0.837 (37 false positives fewer, no
   *       hit lost; train: 0.851 to 0.895) but took BC5CDR chemical from 0.915 to 0.907 (70 hits
   *       lost). An enzyme named after the chemical it acts on keeps it ("creatine kinase",
   *       "lactate dehydrogenase", "poly(ADP-ribose) polymerase"): BioRED 0.833, BC5CDR 0.910, 25
   *       of its 70 hits kept. Only where the enzyme's word ends the name, so that an isoform's
   *       ("aldehyde dehydrogenase A1", "11b-hydroxysteroid dehydrogenase type 2") is a gene's:
   *       BioRED 0.844 to 0.847, BC5CDR unchanged (with the genes of {@code
   *       CrfMentionTagger#namesGeneAround});
   *   <li>a protein's name, read as a gene on the same span and written as a word ("insulin",
   *       "glucagon", "fibroblast growth factor 23"): BioRED calls peptide hormones genes, and
   *       BC5CDR's dev split leaves them unannotated too. BioRED 0.847 to 0.849 (document-level
   *       identifier F1 0.795 to 0.800), BC5CDR 0.911 to 0.912 (8 false positives fewer, 1 hit
   *       lost). A symbol or code read as a gene ("CSA", "CB 3717") is often a drug's: with them,
   *       BC5CDR lost 16 hits.
   * </ul>
   */
  private static boolean namesGene(String text, Mention chemical, List<Mention> mentions) {
    for (Mention g : mentions) {
      if (g.type() != EntityType.GENE || chemical.start() < g.start() || g.end() < chemical.end()) {
        continue;
      }
      boolean longer = g.end() - g.start() > chemical.end() - chemical.start();
      if (longer
          ? !ENZYME_WORD.matcher(text.substring(chemical.end(), g.end())).find()
          : WORD_NAME.matcher(chemical.text()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops disease mentions inside {@link #CELL_DEATH}, chemical mentions of {@link
   * #AUTHOR_INITIALS}, chemical mentions that name a gene ({@link #namesGene}) or a protein's
   * residue ({@link #RESIDUE_AFTER}), chemical letters of a quantity ({@link #SUBSCRIPT}), chemical
   * mentions inside a variant (the residues of "arginine 150 proline" or "cytosine to guanine
   * transversion", which BioRED annotates as one variant only) or naming a residue of a change
   * described in words ({@link VariantPatterns#residueNames}), and chemical or disease mentions of
   * a short capitalised name that a number continues, after a hyphen or not ("ED-1", a macrophage
   * antigen, is not "ED"; "IDDM2" is a locus): the name is part of a longer designation, as gold
   * mentions followed by "-digit" show (1 chemical or disease among the three corpora's training
   * and dev splits), and by a digit (none in the training splits, against 64 unannotated such names
   * of the same documents; BC5CDR dev annotates "DA" in "DA1" and "DA2", dopamine receptors). A
   * disease is never one letter ("H" in "histamine H(3)-receptor" or in an author's initials): one
   * such gold mention among the three training splits' 12,000.
   */
  private static List<Mention> withoutPartsOfOtherTerms(String text, List<Mention> mentions) {
    List<Span> nonDisease = new ArrayList<>();
    Matcher m = CELL_DEATH.matcher(text);
    while (m.find()) {
      nonDisease.add(new Span(m.start(), m.end()));
    }
    List<Span> initials = new ArrayList<>();
    Matcher a = AUTHOR_INITIALS.matcher(text);
    while (a.find()) {
      for (int g = 1; g <= 2; g++) {
        if (a.group(g) != null) {
          initials.add(new Span(a.start(g), a.end(g)));
        }
      }
    }
    List<Span> variants = new ArrayList<>(VariantPatterns.residueNames(text));
    mentions.stream()
        .filter(v -> v.type() == EntityType.VARIANT)
        .forEach(v -> variants.add(new Span(v.start(), v.end())));
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      boolean insideNonDisease =
          mention.type() == EntityType.DISEASE && inside(mention, nonDisease);
      boolean partOfOtherName =
          mention.type() == EntityType.CHEMICAL
              && (inside(mention, variants)
                  || inside(mention, initials)
                  || namesGene(text, mention, mentions)
                  || residue(text, mention)
                  || mention.text().length() == 1
                      && SUBSCRIPT.matcher(text).region(mention.end(), text.length()).lookingAt());
      boolean numbered =
          (mention.type() == EntityType.CHEMICAL || mention.type() == EntityType.DISEASE)
              && isShortCapitalised(mention.text())
              && numberFollows(text, mention.end());
      boolean letter = mention.type() == EntityType.DISEASE && mention.text().length() == 1;
      if (!insideNonDisease && !partOfOtherName && !numbered && !letter) {
        out.add(mention);
      }
    }
    return out;
  }

  /** MEDLINE's note on a cut abstract: "(ABSTRACT TRUNCATED AT 250 WORDS)". */
  private static final Pattern TRUNCATION_NOTE =
      Pattern.compile("\\(ABSTRACT TRUNCATED(?: AT \\d+ WORDS)?\\)");

  /** A tumour's T category of TNM staging, or the system's name: "T3", "T1b", "TNM". */
  private static final Pattern TUMOUR_CATEGORY = Pattern.compile("T[0-4][a-d]?|TNM");

  /**
   * Words after a T category: "T4 tumors", "T3 disease", "T1-2", "T3-T4", "T3/T4", "T4 and T1-3",
   * "T1- and T2-weighted" (imaging), "TNM stage", "TNM system".
   */
  private static final Pattern STAGING_AFTER =
      Pattern.compile(
          "\\s*(?:tumou?rs?|lesions?|disease|stag(?:e|es|ing)|category|classification|system"
              + "|cancers?|carcinomas?)\\b|[-/]T?\\d|-weighted|-? (?:and|or) T\\d|\\s*\\([IV]");

  /** Words before a T category: "stage T3", "T3-T4", "T3/T4", "T3 or T4" (not "L-T4"). */
  private static final Pattern STAGING_BEFORE =
      Pattern.compile("(?:\\b(?i:stages?)\\s|\\bT[0-4][a-d]?(?:[-/]|,? (?:and|or) ))$");

  /** Another category or a stage in the same sentence: "N2", "M0", "T2N0", "stage IV". */
  private static final Pattern OTHER_CATEGORY =
      Pattern.compile(
          "\\bN[0-3][a-c]?\\b|\\bM[01]\\b|\\bT[0-4][a-d]?N[0-3]|\\b(?i:stages?) (?:[IV]+|[0-4])\\b");

  /** A comparison with a number after a name: "SMR = 1.1", "HR < 0.5". */
  private static final Pattern COMPARED =
      Pattern.compile("\\s*[=<>\u2264\u2265]\\s*[-\u2212]?[\\d.]");

  /**
   * Drops mentions in notation that is no entity: inside MEDLINE's truncation note (its "AT" is no
   * gene); a tumour's T category of TNM staging, read by the dictionary as a hormone or a gene
   * ("T4" thyroxine, "T1") where staging surrounds it (a node or metastasis category in the
   * sentence, "stage T3", "T4 tumors", "T1-2"), and "TNM" itself where it is followed the same way;
   * and a gene followed by a comparison with a number, a statistic ("SMR = 1.1", "HR = 0.65").
   * Among the three corpora's training and dev splits no gold mention is so staged, and no gold
   * gene is so compared (two chemicals are, "creatinine = 1.2", so chemicals stay).
   */
  private static List<Mention> withoutNotation(
      String text, List<Mention> mentions, List<Span> sentences) {
    List<Span> notes = new ArrayList<>();
    Matcher n = TRUNCATION_NOTE.matcher(text);
    while (n.find()) {
      notes.add(new Span(n.start(), n.end()));
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean staged =
          (m.type() == EntityType.CHEMICAL || m.type() == EntityType.GENE)
              && TUMOUR_CATEGORY.matcher(m.text()).matches()
              && staging(text, m, sentences);
      boolean statistic =
          m.type() == EntityType.GENE
              && COMPARED.matcher(text).region(m.end(), text.length()).lookingAt();
      if (!inside(m, notes) && !staged && !statistic) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean staging(String text, Mention m, List<Span> sentences) {
    if (STAGING_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
        || STAGING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
      return true;
    }
    Span sentence =
        sentences.stream()
            .filter(s -> s.contains(m.start()))
            .findFirst()
            .orElse(new Span(0, text.length()));
    return !m.text().equals("TNM") && OTHER_CATEGORY.matcher(sentence.of(text)).find();
  }

  /** A digit at {@code end}, or a hyphen and a digit: "IDDM2", "ED-1". */
  private static boolean numberFollows(String text, int end) {
    int at = end < text.length() && text.charAt(end) == '-' ? end + 1 : end;
    return at < text.length() && Character.isDigit(text.charAt(at));
  }

  private static boolean inside(Mention m, List<Span> spans) {
    return spans.stream().anyMatch(s -> s.start() <= m.start() && m.end() <= s.end());
  }

  private static boolean isShortCapitalised(String name) {
    return name.length() <= 4 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * A gene symbol found by the dictionary in lower case, short and without digits ("arch", "cat"),
   * is an ordinary word far more often than a gene: it stays only where the learned tagger also
   * reads a gene. So is a capitalised one of up to four letters that the training corpora never
   * annotate ("Proc", "Nat", "Tyr", "Carr": a journal's abbreviation, a residue, an author's name;
   * not "Akt", "Wnt"): without the learned tagger's reading, 17 false gene mentions in BioRED's
   * train and dev splits against 1 right one ("Mest").
   */
  private List<Mention> withoutWordLikeSymbols(List<Mention> dictionary, List<Mention> learned) {
    List<Mention> out = new ArrayList<>(dictionary.size());
    for (Mention m : dictionary) {
      String t = m.text();
      boolean wordLike =
          m.type() == EntityType.GENE
              && t.chars().skip(1).allMatch(c -> c >= 'a' && c <= 'z')
              && (Character.isLowerCase(t.charAt(0)) && t.length() <= 5
                  || Character.isUpperCase(t.charAt(0)) && t.length() <= 4 && !trainingGene(t));
      if (!wordLike || overlapsSameType(m, learned)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A gene whose name is also a disease's with the same span ("brain tumor", the fly gene brat;
   * "brain tumors" in a study of irradiated patients) is the disease, unless the learned tagger
   * reads a gene there: the corpora give a span one type. Only a disease with an identifier, which
   * the index stores: the learned tagger's unnamed "PUMA" or "XPC" leaves the gene.
   */
  private static List<Mention> withoutGenesNamedAsDiseases(
      List<Mention> mentions, List<Mention> learned) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean diseaseToo =
          m.type() == EntityType.GENE
              && mentions.stream()
                  .anyMatch(
                      d ->
                          d.type() == EntityType.DISEASE
                              && d.id() != null
                              && d.start() == m.start()
                              && d.end() == m.end());
      if (!diseaseToo || overlapsSameType(m, learned)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether the training corpora annotate {@code name} as a gene. */
  private boolean trainingGene(String name) {
    return dictionary().meanings(name).stream()
        .anyMatch(
            e -> e.type() == EntityType.GENE && e.source() == EntityDictionary.Source.TRAINING);
  }

  /**
   * Sentences of a title and abstract with their entities; offsets index title + " " + abstract.
   */
  public AnalyzedText analyze(String title, String abstractText) {
    return analyze(title + " " + abstractText, splitter.split(title, abstractText));
  }

  /**
   * The entities of a text already split into sentences (the indexer splits once, for every step),
   * by sentence.
   */
  /**
   * The mentions of a text already split into sentences that carry an identifier, as the index
   * stores them: the indexer's entity step and the relation benchmark both read these. The name is
   * the dictionary's, or null when the identifier came without one.
   */
  public List<EntityMention> normalisedMentions(String text, List<Span> sentences) {
    List<EntityMention> mentions = new ArrayList<>();
    for (Mention m : analyze(text, sentences).mentions()) {
      if (m.id() != null) {
        mentions.add(new EntityMention(m.start(), m.end(), m.type(), m.id(), m.name()));
      }
    }
    return mentions;
  }

  public AnalyzedText analyze(String text, List<Span> sentences) {
    List<Mention> mentions = tag(text, sentences);
    List<SentenceEntities> result = new ArrayList<>(sentences.size());
    int k = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Span sentence = sentences.get(s);
      int limit = s + 1 < sentences.size() ? sentences.get(s + 1).start() : Integer.MAX_VALUE;
      List<Mention> inside = new ArrayList<>();
      while (k < mentions.size() && mentions.get(k).start() < limit) {
        inside.add(mentions.get(k++));
      }
      result.add(new SentenceEntities(sentence, inside));
    }
    return new AnalyzedText(text, result);
  }

  /**
   * A gene symbol with its number written apart ("ADAM-10", "miR-501"), which the learned tagger
   * finds and gene_info writes as one word ("ADAM10", "MIR501"): the dictionary's key of the
   * hyphenated form is another name ("adam 10").
   */
  private static final Pattern NUMBER_APART = Pattern.compile("[A-Za-z]{2,}-\\d+");

  /**
   * Gives learned mentions without an id the dictionary's identifier for their text and type, a
   * gene's with its number joined ({@link #NUMBER_APART}).
   */
  private List<Mention> normalise(List<Mention> found) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      if (m.id() != null) {
        out.add(m);
        continue;
      }
      if (m.type() == EntityType.VARIANT) {
        Mention normalised = m;
        // the longest pattern match that covers the mention ("Glu177LysfsX44", not "Glu177Lys")
        int covered = m.text().trim().length() - 2;
        for (Mention v : VariantPatterns.find(m.text())) {
          if (v.end() - v.start() >= covered) {
            normalised = m.withId(v.id(), null);
            covered = v.end() - v.start() + 1;
          }
        }
        out.add(normalised);
        continue;
      }
      EntityDictionary.Entry e = meaning(m.text(), m.type());
      if (e == null && m.type() == EntityType.GENE && NUMBER_APART.matcher(m.text()).matches()) {
        e = meaning(m.text().replace("-", ""), m.type());
      }
      out.add(e == null ? m : m.withId(e.id(), e.name()));
    }
    return out;
  }

  /** The first meaning of {@code term} of {@code type} with an identifier, or null. */
  private EntityDictionary.Entry meaning(String term, EntityType type) {
    for (EntityDictionary.Entry e : dictionaryTagger.dictionary().meanings(term)) {
      if (e.type() == type && e.id() != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * Where the learned tagger is better at boundaries (measured on the dev splits: chemicals and
   * variants), its mentions replace the overlapping dictionary mentions of their type; for the
   * other types the dictionary's mentions stay and learned ones are added where the dictionary
   * found nothing of that type, except a learned gene that extends the dictionary's ({@link
   * #extendsDictionaryGenes}). Measured on BC5CDR dev, learned-first for diseases too lowers
   * disease F1 from 0.857 to 0.841.
   */
  private static final Set<EntityType> LEARNED_FIRST =
      java.util.EnumSet.of(EntityType.CHEMICAL, EntityType.VARIANT);

  private static List<Mention> merge(String text, List<Mention> dictionary, List<Mention> learned) {
    List<Mention> out = new ArrayList<>(learned.size() + dictionary.size());
    List<Mention> longerGenes =
        learned.stream().filter(l -> extendsDictionaryGenes(text, l, dictionary)).toList();
    for (Mention d : dictionary) {
      if (!LEARNED_FIRST.contains(d.type()) && !overlapsSameType(d, longerGenes)
          || !overlapsSameType(d, learned)) {
        out.add(d);
      }
    }
    for (Mention l : learned) {
      if (LEARNED_FIRST.contains(l.type()) || longerGenes.contains(l)) {
        out.add(l.id() != null ? l : idFromDictionary(l, dictionary));
      } else if (!overlapsSameType(l, dictionary)) {
        out.add(l);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  /**
   * A learned gene that covers the dictionary's genes it overlaps and is longer ("caspase-3/7",
   * "FGF receptor 4", "C-C chemokine receptor 5", "TCF-4J" over "caspase-3", "FGF", "chemokine
   * receptor", "TCF"): gene names vary more than the dictionary's entries, and a name cut short is
   * both a missed and a wrong mention. Not a span with unbalanced brackets ("Bcl-X(L"), nor one
   * that joins a dictionary gene to a word by a hyphen or slash ("Wnt/b-catenin", "GFP-LC3",
   * "PCNA-positive"): such spans name two things or a property, where a number or letter so joined
   * names an isoform or a family member ("TCF-4J", "VEGF-R2").
   */
  private static boolean extendsDictionaryGenes(String text, Mention l, List<Mention> dictionary) {
    if (l.type() != EntityType.GENE || !balancedBrackets(l.text())) {
      return false;
    }
    boolean inside = false;
    for (Mention d : dictionary) {
      if (d.type() != EntityType.GENE || d.end() <= l.start() || l.end() <= d.start()) {
        continue;
      }
      if (d.start() < l.start()
          || l.end() < d.end()
          || d.end() - d.start() == l.end() - l.start()
          || d.start() > l.start() && joinedWord(text, d.start() - 1, -1)
          || d.end() < l.end() && joinedWord(text, d.end(), 1)) {
        return false;
      }
      inside = true;
    }
    return inside;
  }

  /**
   * Whether a hyphen or slash at {@code at} joins a word of two or more letters on the side of
   * {@code step} (a number or a single letter on that side, "-4J", "-R2", is no word).
   */
  private static boolean joinedWord(String text, int at, int step) {
    if (at < 0
        || at >= text.length()
        || !TermNormalizer.isDash(text.charAt(at)) && text.charAt(at) != '/') {
      return false;
    }
    int letters = 0;
    int k = at + step;
    while (k >= 0 && k < text.length() && Character.isLetter(text.charAt(k))) {
      letters++;
      k += step;
    }
    boolean digitAfter = k >= 0 && k < text.length() && Character.isDigit(text.charAt(k));
    return letters >= 2 && !digitAfter;
  }

  private static boolean balancedBrackets(String s) {
    int depth = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (--depth < 0) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  private static boolean overlapsSameType(Mention m, List<Mention> others) {
    for (Mention o : others) {
      if (o.type() == m.type() && o.start() < m.end() && m.start() < o.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A learned mention the dictionary cannot name as a whole takes the identifier of the dictionary
   * mention of its type with the same span, else of the last one inside it ("Dopamine HCl" is
   * dopamine; the variant "c.471 C>T" takes what the patterns make of the "C>T" inside it):
   * otherwise the learned span, which replaced those mentions, would go unstored. Measured on the
   * dev splits, mentions as stored: BC5CDR chemical F1 0.903 to 0.908, BioRED chemical 0.750 to
   * 0.771 and variant 0.703 to 0.731. The part's identifier is not always the whole's: document ID
   * F1 fell by 0.004 to 0.008 (BC5CDR chemical, BioRED chemical and variant). Taking only parts
   * that cover half the span or more kept the IDs but half the mention gain.
   */
  private static Mention idFromDictionary(Mention l, List<Mention> dictionary) {
    Mention inside = null;
    for (Mention d : dictionary) {
      if (d.type() != l.type() || d.id() == null) {
        continue;
      }
      if (d.start() == l.start() && d.end() == l.end()) {
        return l.withId(d.id(), d.name());
      }
      if (d.start() >= l.start() && d.end() <= l.end()) {
        inside = d;
      }
    }
    return inside == null ? l : l.withId(inside.id(), inside.name());
  }

  /**
   * Words that make a long form a gene or protein name; a gene symbol defined by anything else
   * ("Barnes Akathisia Rating Scale (BARS)", "magnetic resonance spectroscopy (MRS)") is no gene.
   */
  private static final Pattern GENE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:proteins?|factors?|receptors?|kinases?|ligands?|enzymes?|channels?|antigens?"
              + "|genes?|hormones?|peptides?|transporters?|molecules?|globulins?|cytokines?"
              + "|chemokines?|interleukins?|integrins?|cadherins?|subunits?|homologs?|regulators?"
              + "|(?!disease|increase|decrease|release|phase|base|case)[a-z]{2,}ases?)\\b");

  /**
   * The words before a chemical that make a long form a level of it, a condition rather than the
   * chemical: "high glucose (HG)", "high-salt (HS)". None of the 3 such short forms of the three
   * corpora's training splits is annotated as a chemical ("high-salt (HS)", "low-salt (LS)", "High
   * ASP and TG (HAT)"), while other words before a chemical are drug forms whose short form BC5CDR
   * annotates ("Unfractionated heparin (UH)", "intravenous methylprednisolone (IVMP)").
   */
  private static final Pattern LEVEL = Pattern.compile("(?i)(?:high|low)[- ]");

  /** The readings of a protein's name: a gene and, for MeSH's peptides, a chemical. */
  private static final Set<EntityType> PROTEIN_READINGS =
      java.util.EnumSet.of(EntityType.GENE, EntityType.CHEMICAL);

  private List<Mention> applyAbbreviations(
      String text, List<Mention> mentions, List<Mention> learned) {
    List<Abbreviation> found = new ArrayList<>(abbreviations.find(text));
    found.addAll(chemicalCodes(text, mentions, found));
    if (found.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    Map<String, Mention> defined = new HashMap<>();
    Set<String> notEntities = new LinkedHashSet<>();
    Set<String> notGenes = new LinkedHashSet<>();
    Set<String> measures = new LinkedHashSet<>();
    Set<String> notChemicals = new LinkedHashSet<>();
    Set<String> notDiseases = new LinkedHashSet<>();
    for (Abbreviation a : found) {
      String sf = a.shortForm().of(text);
      Mention best = null;
      Mention covering = null;
      boolean any = false;
      for (Mention m : mentions) {
        if (m.start() < a.longForm().end() && a.longForm().start() < m.end()) {
          any = true;
        }
        if (m.end() != a.longForm().end()) {
          continue;
        }
        if (m.start() >= a.longForm().start()) {
          if (best == null
              || m.start() < best.start()
              || m.start() == best.start()
                  && PROTEIN_READINGS.contains(m.type())
                  && PROTEIN_READINGS.contains(best.type())
                  && m.type() != best.type()
                  && startsMention(mentions, m.type(), a.shortForm().start())) {
            // of a gene and a chemical reading of one long form, the short form's own decides
            // ("fibroblast growth factor 23 (FGF23)" is a MeSH peptide and a gene; FGF23 is a
            // gene symbol)
            best = m;
          }
        } else if (covering == null || m.start() > covering.start()) {
          covering = m;
        }
      }
      if (best != null
          && best.type() == EntityType.CHEMICAL
          && LEVEL.matcher(text.substring(a.longForm().start(), best.start())).matches()) {
        // a level of a chemical is a condition: "high glucose (HG)", "low-salt (LS)"
        best = null;
      }
      if (sf.length() == 1) {
        // one letter ("testosterone (T)") stands for a chemical only: BC5CDR's dev split annotates
        // 22 of the 24 occurrences of such letters (its training split defines none, BioRED's
        // training split 2, 4 of 5 occurrences annotated), while a letter defined otherwise is a
        // list label or a group ("cyclophosphamide (C)" is a regimen's letter in one abstract)
        if (best != null && best.type() == EntityType.CHEMICAL && best.id() != null) {
          defined.putIfAbsent(sf, best);
        }
        continue;
      }
      boolean measure = namesAMeasureOrPart(a.longForm().of(text));
      boolean geneLike =
          !measure && GENE_WORDS.matcher(a.longForm().of(text)).find()
              || learned.stream()
                  .anyMatch(
                      m ->
                          m.type() == EntityType.GENE
                              && m.start() < a.longForm().end()
                              && a.longForm().start() < m.end());
      if ((best == null || best.id() == null)
          && covering != null
          && covering.id() != null
          && !geneLike
          && !namedOtherwise(mentions, a.shortForm(), covering)) {
        // The letters of "PKU" stop at "phenylketonuria", the mention is "Classical
        // phenylketonuria"; it wins over a mention of the letters' span that nothing names (the
        // learned tagger's chemical "phenylketonuria"). Not for a gene's long form, which a longer
        // mention covers as a part ("deficiency of hepatic phenylalanine hydroxylase (PAH)"), nor
        // for a short form the dictionary names otherwise as that type ("MESNA", whose covering
        // "thiol compound sodium 2-mercaptoethane sulphonate" has the identifier of its part).
        best = covering;
      }
      if (best == null
          && namesAGene(a.longForm().of(text))
          && !diseaseLocus(text, a.longForm(), mentions)) {
        // "the von Hippel-Lindau tumor suppressor gene (VHL)": in this text VHL is the gene,
        // whatever the dictionary learned of the letters from texts about the disease
        notDiseases.add(sf);
      }
      if (best != null) {
        defined.putIfAbsent(sf, namedByShortForm(best, a.shortForm(), mentions, out));
      } else if (geneLike && geneNamedBySymbol(text, a, mentions, out)) {
        continue;
      } else {
        if (!any) {
          notEntities.add(sf);
        } else if (ChemicalIds.otherMeaning(a, mentions)) {
          notChemicals.add(sf);
        }
        if (!geneLike) {
          notGenes.add(sf);
        }
        if (measure) {
          measures.add(sf);
        }
      }
    }
    notEntities.removeAll(defined.keySet());
    notGenes.removeAll(defined.keySet());
    measures.removeAll(defined.keySet());
    for (Map.Entry<String, Mention> d : defined.entrySet()) {
      String sf = d.getKey();
      Mention def = d.getValue();
      for (Span occurrence : occurrences(text, sf)) {
        if (sf.length() == 1 && joinedBySign(text, occurrence)) {
          // "T-cell", "A/J", "5'-T": a letter joined to other characters is part of another name
          continue;
        }
        boolean insideLonger = false;
        for (Mention m : out) {
          if (m.start() <= occurrence.start()
              && m.end() >= occurrence.end()
              && m.end() - m.start() > occurrence.length()) {
            insideLonger = true;
            break;
          }
        }
        if (insideLonger) {
          continue;
        }
        out.removeIf(m -> m.start() < occurrence.end() && occurrence.start() < m.end());
        out.add(
            new Mention(
                occurrence.start(), occurrence.end(), sf, def.type(), def.id(), def.name()));
      }
    }
    for (String sf : notEntities) {
      for (Span occurrence : occurrences(text, sf)) {
        // gene full names vary too much for the dictionary, while their symbols are reliable
        out.removeIf(
            m ->
                m.start() == occurrence.start()
                    && m.end() == occurrence.end()
                    && m.type() != EntityType.GENE);
      }
    }
    notChemicals.removeAll(defined.keySet());
    for (String sf : notChemicals) {
      for (Span occurrence : occurrences(text, sf)) {
        out.removeIf(
            m ->
                m.type() == EntityType.CHEMICAL
                    && m.start() == occurrence.start()
                    && m.end() == occurrence.end());
      }
    }
    notDiseases.removeAll(defined.keySet());
    for (String sf : notDiseases) {
      for (Span occurrence : occurrences(text, sf)) {
        // also a word that ends in it, "wt-VHL", but not "PAH-deficient", which is a state
        out.removeIf(
            m ->
                m.type() == EntityType.DISEASE
                    && m.start() <= occurrence.start()
                    && m.end() == occurrence.end()
                    && m.text().chars().noneMatch(Character::isWhitespace));
      }
    }
    for (String sf : notGenes) {
      for (Span occurrence : occurrences(text, sf)) {
        // the learned tagger reads genes by context, which a symbol defined otherwise may still be
        out.removeIf(
            m ->
                m.type() == EntityType.GENE
                    && m.start() == occurrence.start()
                    && m.end() == occurrence.end()
                    && (measures.contains(sf) || !overlapsSameType(m, learned)));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  /** The last word of a long form that names a measure or a part, not a gene. */
  private static final Pattern MEASURE_OR_PART =
      Pattern.compile(
          "(?i)domains?|ratios?|rates?|elements?|scores?|index|indices|extracts?|concentrations?");

  /**
   * Whether a long form names a measure or a part of a molecule ("odds ratio (OR)", "hormone
   * binding domain (HBD)", "androgen response element (ARE)", "minimum alveolar concentration
   * (MAC)"): its short form is no gene even where the learned tagger reads one, and though a gene's
   * word ("hormone") stands in it. BioRED's splits annotate none of the 13 such short forms they
   * define (domain 5, ratio 6, element 1, rate 1).
   */
  private static boolean namesAMeasureOrPart(String longForm) {
    return MEASURE_OR_PART.matcher(lastWord(longForm)).matches();
  }

  /** An oxidation state or a stage, "(II)", "(IV)", which is no code. */
  private static final Pattern ROMAN = Pattern.compile("[IVX]+");

  /** A code in brackets after a name: "(DDP)", "(CDDP)", "(E2)". */
  private static final Pattern BRACKETED_CODE =
      Pattern.compile(" \\(([A-Z][A-Z0-9-]{0,6}[A-Z0-9])\\)");

  /**
   * A code in brackets right after a chemical's name whose letters the abbreviation finder cannot
   * match to it ("cisplatin (DDP)", "cisplatin (CDDP)", "estradiol (E2)"), as an abbreviation of
   * that chemical: such codes come from another of its names ("cis-diamminedichloroplatinum") and
   * otherwise keep the dictionary's reading of the letters, a gene (DDP is TIMM8A's alias). Not a
   * code the dictionary knows as a chemical ("tri-iodo-thyronine (T3)", where the name found is
   * "thyronine"): its own identifier is the better one. Nor a Roman numeral, "platinum (II)", nor
   * two letters without a digit, which are routes and forms more often than codes: "cisplatin
   * (IV)", "(IP)", "(PO)".
   */
  private List<Abbreviation> chemicalCodes(
      String text, List<Mention> mentions, List<Abbreviation> found) {
    List<Abbreviation> codes = new ArrayList<>();
    Matcher c = BRACKETED_CODE.matcher(text);
    while (c.find()) {
      int sfStart = c.start(1);
      String code = c.group(1);
      if (found.stream().anyMatch(a -> a.shortForm().start() == sfStart)
          || meaning(code, EntityType.CHEMICAL) != null
          || ROMAN.matcher(code).matches()
          || code.length() < 3 && code.chars().noneMatch(Character::isDigit)) {
        continue;
      }
      for (Mention m : mentions) {
        if (m.type() == EntityType.CHEMICAL && m.id() != null && m.end() == c.start()) {
          codes.add(new Abbreviation(new Span(m.start(), m.end()), new Span(sfStart, c.end(1))));
          break;
        }
      }
    }
    return codes;
  }

  /** A disease's name and "gene": "the Wilson disease gene (WND)", a locus named after it. */
  private static final Pattern LOCUS_AFTER = Pattern.compile("[\\s-]+genes?");

  /**
   * The locus of "the Wilson disease gene (WND)" stands for its disease in NCBI-disease's
   * guideline: its training split annotates the short form as the disease (WND, CHM), so these keep
   * the disease reading.
   */
  private static boolean diseaseLocus(String text, Span longForm, List<Mention> mentions) {
    return mentions.stream()
        .anyMatch(
            m ->
                m.type() == EntityType.DISEASE
                    && m.start() == longForm.start()
                    && m.end() < longForm.end()
                    && LOCUS_AFTER.matcher(text.substring(m.end(), longForm.end())).matches());
  }

  /** A long form whose last word is a gene's head noun: "... suppressor gene", "... protein". */
  private static boolean namesAGene(String longForm) {
    return GENE_WORDS.matcher(lastWord(longForm)).matches();
  }

  private static String lastWord(String longForm) {
    String[] words = longForm.split("[\\s-]+");
    return words[words.length - 1];
  }

  private static boolean namedOtherwise(List<Mention> mentions, Span span, Mention as) {
    return mentions.stream()
        .anyMatch(
            m ->
                m.type() == as.type()
                    && m.id() != null
                    && !m.id().equals(as.id())
                    && m.start() == span.start()
                    && m.end() == span.end());
  }

  /**
   * A long form without an identifier ("3'-azido-3'dideoxythymidine", which the learned tagger
   * found) takes the identifier of its short form when the dictionary knows that as the same type
   * ("AZT", zidovudine); otherwise the short form would take the long form's lack of one everywhere
   * and go unstored. Replaces the long form in {@code out} and returns it.
   */
  private static Mention namedByShortForm(
      Mention longForm, Span shortForm, List<Mention> mentions, List<Mention> out) {
    if (longForm.id() != null) {
      return longForm;
    }
    for (Mention m : mentions) {
      if (m.type() == longForm.type()
          && m.id() != null
          && m.start() == shortForm.start()
          && m.end() == shortForm.end()) {
        Mention named = longForm.withId(m.id(), m.name());
        out.replaceAll(o -> o.equals(longForm) ? named : o);
        return named;
      }
    }
    return longForm;
  }

  /**
   * A gene full name the dictionary lacks, defined by a symbol it knows ("programmed death ligand-1
   * (PD-L1)"), is that gene; the words inside it are not diseases of their own ("death"). Adds the
   * long form to {@code out} and says whether it did.
   */
  private static boolean geneNamedBySymbol(
      String text, Abbreviation a, List<Mention> mentions, List<Mention> out) {
    Span lf = a.longForm();
    Span sf = a.shortForm();
    Mention symbol = null;
    for (Mention m : mentions) {
      if (m.type() == EntityType.GENE
          && m.id() != null
          && m.start() == sf.start()
          && m.end() == sf.end()) {
        symbol = m;
      }
    }
    if (symbol == null) {
      return false;
    }
    out.removeIf(
        m -> m.type() == EntityType.DISEASE && m.start() >= lf.start() && m.end() <= lf.end());
    out.add(
        new Mention(
            lf.start(), lf.end(), lf.of(text), EntityType.GENE, symbol.id(), symbol.name()));
    return true;
  }

  private static boolean joinedBySign(String text, Span s) {
    return s.start() > 0 && "-/'+".indexOf(text.charAt(s.start() - 1)) >= 0
        || s.end() < text.length() && "-/'+".indexOf(text.charAt(s.end())) >= 0;
  }

  /** Occurrences of {@code word} not inside a longer word. */
  private static List<Span> occurrences(String text, String word) {
    List<Span> spans = new ArrayList<>();
    int from = text.indexOf(word);
    while (from >= 0) {
      int end = from + word.length();
      boolean leftOk = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
      boolean rightOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (leftOk && rightOk) {
        spans.add(new Span(from, end));
      }
      from = text.indexOf(word, from + 1);
    }
    return spans;
  }
}
