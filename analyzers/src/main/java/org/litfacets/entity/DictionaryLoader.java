package org.litfacets.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityDictionary.Source;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link EntityDictionary} at run time from the shared data folder: MeSH (diseases from
 * branches C and F03, chemicals from D without enzymes and proteins, plus the supplementary
 * chemicals named in the pharmacological-actions table), NCBI gene_info (human, mouse; symbols,
 * synonyms, full names and other designations), the LINNAEUS species dictionary on the classpath,
 * Cellosaurus cell lines, and the (mention, id) pairs of the training splits of BC5CDR,
 * NCBI-disease and BioRED (never dev or test). Names that mislead on the training text are pruned.
 * A missing file costs its type coverage, said in a log line.
 */
public final class DictionaryLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DictionaryLoader.class);

  /** Training splits, relative to the data folder; dev splits are for evaluation only. */
  static final List<String> TRAINING_FILES =
      List.of(
          "bc5cdr/CDR_TrainingSet.PubTator.txt",
          "ncbi-disease/NCBItrainset_corpus.txt",
          "biored/Train.PubTator");

  private static final String LINNAEUS = "/de/julielab/jcore/ae/linnaeus/resources-species/";
  private static final Pattern BINOMIAL = Pattern.compile("[A-Z][a-z]+ [a-z]+");

  /**
   * A name is dropped for a type when its matches on training text are right less often than this.
   */
  private static final double MIN_TRAINING_PRECISION = 0.4;

  private DictionaryLoader() {}

  /**
   * Bump when the rules that turn the sources into names change (stop list, pruning, case rules,
   * which MeSH branches count), so that cached dictionaries are rebuilt.
   */
  static final int RULES_VERSION = 10;

  /**
   * The cache file of the dictionary in {@code models}. Its name carries the rules' version, so
   * that checkouts with other rules sharing one models folder each keep their own instead of
   * rebuilding one file in turn.
   */
  public static Path cacheFile(Path models) {
    return models.resolve("entity-dictionary-r" + RULES_VERSION + ".bin");
  }

  /**
   * As {@link #load(Path)}, but kept in {@code cacheFile} (see {@link #cacheFile(Path)}): read from
   * there when it was built from the same input files and rules, otherwise built (and MeSH loaded)
   * and written there. Building takes about 30 s, reading a few seconds.
   */
  public static EntityDictionary loadCached(Path dataDir, Path cacheFile) {
    if (dataDir == null || !Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException("data folder " + dataDir + " does not exist");
    }
    long t0 = System.nanoTime();
    return EntityDictionary.file(cacheFile, fingerprint(dataDir))
        .loadOrBuild(
            in -> {
              EntityDictionary cached = EntityDictionary.read(in);
              LOG.info(
                  "entity dictionary read from {} in {} ms",
                  cacheFile,
                  (System.nanoTime() - t0) / 1_000_000);
              return cached;
            },
            () -> load(dataDir),
            EntityDictionary::write,
            reason -> LOG.info("{}; building the entity dictionary from {}", reason, dataDir));
  }

  /** Names, sizes and modification times of every input, and the rules version. */
  static String fingerprint(Path dataDir) {
    StringBuilder sb = new StringBuilder("rules=").append(RULES_VERSION);
    List<String> inputs = new ArrayList<>(TRAINING_FILES);
    inputs.addAll(
        List.of(
            "mesh",
            "dictionaries/gene/Homo_sapiens.gene_info.gz",
            "dictionaries/gene/Mus_musculus.gene_info.gz",
            "dictionaries/cellline/cellosaurus_names_2020-02.tsv.gz"));
    for (String input : inputs) {
      Path p = dataDir.resolve(input);
      sb.append(';').append(input);
      try {
        if (Files.isDirectory(p)) {
          try (var files = Files.list(p)) {
            for (Path f : files.sorted().toList()) {
              sb.append(',')
                  .append(f.getFileName())
                  .append(':')
                  .append(Files.size(f))
                  .append(':')
                  .append(Files.getLastModifiedTime(f).toMillis());
            }
          }
        } else if (Files.isRegularFile(p)) {
          sb.append(':')
              .append(Files.size(p))
              .append(':')
              .append(Files.getLastModifiedTime(p).toMillis());
        } else {
          sb.append(":absent");
        }
      } catch (IOException e) {
        sb.append(":unreadable");
      }
    }
    sb.append(";linnaeus=")
        .append(DictionaryLoader.class.getResource(LINNAEUS + "dict-species.tsv.gz") != null);
    return sb.toString();
  }

  /** Loads MeSH from {@code dataDir/mesh} and everything else from {@code dataDir}. */
  public static EntityDictionary load(Path dataDir) {
    Path meshDir = dataDir.resolve("mesh");
    MeshVocabulary mesh = null;
    if (Files.isDirectory(meshDir)) {
      long t0 = System.nanoTime();
      mesh = MeshVocabulary.load(meshDir);
      LOG.info(
          "MeSH loaded: {} descriptors in {} ms",
          mesh.size(),
          (System.nanoTime() - t0) / 1_000_000);
    } else {
      LOG.warn("no MeSH at {}: diseases and chemicals come from training names only", meshDir);
    }
    return load(dataDir, mesh);
  }

  /** As {@link #load(Path)} with an already loaded MeSH vocabulary (null when there is none). */
  public static EntityDictionary load(Path dataDir, MeshVocabulary mesh) {
    if (dataDir == null || !Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException("data folder " + dataDir + " does not exist");
    }
    long t0 = System.nanoTime();
    EntityDictionary.Builder builder = EntityDictionary.builder();
    if (mesh != null) {
      addMesh(builder, mesh);
    }
    addSupplementaryChemicals(
        builder, dataDir.resolve("mesh/mesh2024_pharmacological_actions.tsv.gz"));
    Set<String> geneIds = new HashSet<>();
    addGenes(
        builder, dataDir.resolve("dictionaries/gene/Homo_sapiens.gene_info.gz"), 9606, 0, geneIds);
    addGenes(
        builder, dataDir.resolve("dictionaries/gene/Mus_musculus.gene_info.gz"), 10090, 1, geneIds);
    addSpecies(builder);
    addCellLines(
        builder, dataDir.resolve("dictionaries/cellline/cellosaurus_names_2020-02.tsv.gz"));
    List<Corpus> training = readTraining(dataDir);
    for (Corpus c : training) {
      addTrainingNames(builder, c);
    }
    int pruned = prune(builder, training);
    addRatGenes(builder, training, geneIds);
    EntityDictionary dictionary = builder.build();
    LOG.info(
        "entity dictionary: {} keys {}, {} names pruned on training text, built in {} ms",
        dictionary.size(),
        dictionary.sizeByType(),
        pruned,
        (System.nanoTime() - t0) / 1_000_000);
    return dictionary;
  }

  /**
   * The entity types a MeSH descriptor names: diseases from branches C and F03, chemicals from D
   * less drug classes by action, proteins and enzymes, and nucleic acids.
   */
  static List<EntityType> meshTypes(Descriptor d) {
    boolean disease = false;
    boolean chemical = false;
    boolean notChemical = false;
    for (String tree : d.treeNumbers()) {
      disease |= tree.startsWith("C") || tree.startsWith("F03");
      // drug classes by action ("Antidepressive Agents", D27) are rarely annotated: training
      // names decide
      chemical |= tree.startsWith("D") && !tree.startsWith("D27");
      // enzymes and proteins are genes and gene products in PubTator, not chemicals, even when
      // another tree also files them as antigens or receptors ("B7-H1 Antigen" is CD274); nucleic
      // acids and their parts (DNA, mRNA, "complementary DNA", "untranslated region", D13.444) are
      // sequences: none of BC5CDR's, BioRED's or NCBI-disease's splits annotates one as a chemical
      // (one "ribonucleic acid" apart), among hundreds of occurrences; so are protein sorting
      // signals ("signal peptide", "nuclear localization signal", D12.644.770): none annotated
      // among 16 occurrences in the training splits
      notChemical |=
          tree.startsWith("D08.811")
              || tree.startsWith("D12.776")
              || tree.startsWith("D13.444")
              || tree.startsWith("D12.644.770");
    }
    chemical &= !notChemical;
    if (disease && chemical) {
      return List.of(EntityType.DISEASE, EntityType.CHEMICAL);
    }
    return disease
        ? List.of(EntityType.DISEASE)
        : chemical ? List.of(EntityType.CHEMICAL) : List.of();
  }

  private static void addMesh(EntityDictionary.Builder builder, MeshVocabulary mesh) {
    int diseases = 0;
    int chemicals = 0;
    for (Descriptor d : mesh.descriptors()) {
      String id = "MESH:" + d.ui();
      for (EntityType type : meshTypes(d)) {
        if (type == EntityType.DISEASE) {
          diseases++;
        } else {
          chemicals++;
        }
        List<String> terms = d.entryTerms();
        for (int i = 0; i < terms.size(); i++) {
          builder.add(terms.get(i), type, id, d.name(), i == 0 ? Source.PREFERRED : Source.SYNONYM);
          String term = terms.get(i);
          int comma = term.indexOf(", ");
          // MeSH inverts headings ("Diabetes Mellitus, Type 2"); text uses natural order
          if (comma > 0 && term.indexOf(", ", comma + 2) < 0) {
            term = term.substring(comma + 2) + " " + term.substring(0, comma);
            builder.add(term, type, id, d.name(), Source.SYNONYM);
          }
          if (type == EntityType.DISEASE) {
            addNeoplasmWordings(builder, term, id, d.name());
          }
        }
      }
    }
    LOG.info("MeSH names: {} disease and {} chemical descriptors", diseases, chemicals);
  }

  private static final Pattern NEOPLASMS = Pattern.compile("(?i)(.+ )neoplasms?");

  /**
   * Text names a site's neoplasm "pancreatic tumour", "prostate carcinoma" or "adenocarcinoma",
   * where MeSH often has only "Pancreatic Neoplasms": without these wordings only the bare head
   * word matched. BC5CDR, NCBI-disease and BioRED all annotate the site with it (counted on their
   * train and dev splits where MeSH knows "site Neoplasms": 103 such tumour, carcinoma and
   * adenocarcinoma mentions with the site, 2 without), and the identifier of those MeSH lacks is
   * the "site Neoplasms" heading's in 47 of 50. A name MeSH or a training corpus gives another
   * meaning keeps it: these rank after every other synonym.
   */
  private static void addNeoplasmWordings(
      EntityDictionary.Builder builder, String term, String id, String name) {
    java.util.regex.Matcher m = NEOPLASMS.matcher(term);
    if (m.matches()) {
      for (String head : new String[] {"Tumor", "Carcinoma", "Adenocarcinoma", "Cancer"}) {
        builder.add(m.group(1) + head, EntityType.DISEASE, id, name, Source.SYNONYM, 1);
      }
    }
  }

  private static void addSupplementaryChemicals(EntityDictionary.Builder builder, Path file) {
    if (!Files.isRegularFile(file)) {
      LOG.warn("no {}: supplementary chemicals (C-numbers) come from training names only", file);
      return;
    }
    Set<String> seen = new HashSet<>();
    forEachRow(
        file,
        true,
        cols -> {
          if (cols.length >= 2 && cols[0].startsWith("C") && seen.add(cols[0])) {
            builder.add(cols[1], EntityType.CHEMICAL, "MESH:" + cols[0], cols[1], Source.SYNONYM);
          }
        });
    LOG.info("MeSH supplementary chemicals: {}", seen.size());
  }

  private static final String[] SHARED = new String[0];

  /**
   * A designation written as one lower-case word is a word of the language as often as a protein
   * (mouse mutants are named "uncovered", "truncates", "chocolate"); it counts only with a protein
   * name's ending ("podocin", "ferroxidase").
   */
  private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)*");

  private static final Pattern PROTEIN_WORD = Pattern.compile("[a-z]+(?:in|ase)");

  private static final Pattern FIRST_OF_ONE = Pattern.compile("([a-z]+(?:in|ase)) 1");

  /** Adds the genes of {@code taxon} in {@code file} and their identifiers to {@code ids}. */
  private static void addGenes(
      EntityDictionary.Builder builder, Path file, int taxon, int order, Set<String> ids) {
    String taxonColumn = Integer.toString(taxon);
    if (!Files.isRegularFile(file)) {
      LOG.warn(
          "no {}: genes of taxon {} come from training names and the learned tagger only",
          file,
          taxon);
      return;
    }
    int[] genes = {0};
    // other designations ("mineralocorticoid receptor", "podocin") by key: the gene's id, symbol
    // and the name as written, or SHARED once two genes have the key
    Map<String, String[]> designations = new HashMap<>();
    forEachRow(
        file,
        true,
        cols -> {
          if (cols.length < 12 || !cols[0].equals(taxonColumn)) {
            return;
          }
          String type = cols[9];
          if (type.equals("pseudo")
              || type.equals("biological-region")
              || type.equals("unknown")
              || type.equals("other")) {
            return;
          }
          String id = "NCBIGene:" + cols[1];
          String symbol = cols[2];
          genes[0]++;
          ids.add(id);
          if (symbol.length() >= 2) {
            builder.add(symbol, EntityType.GENE, id, symbol, Source.PREFERRED, order, taxon);
          }
          if (!type.equals("protein-coding")) {
            return;
          }
          if (!cols[4].equals("-")) {
            for (String syn : cols[4].split("\\|")) {
              if (syn.length() >= 3) {
                builder.add(syn, EntityType.GENE, id, symbol, Source.SYNONYM, order, taxon);
              }
            }
          }
          if (!cols[8].equals("-")) {
            builder.add(cols[8], EntityType.GENE, id, symbol, Source.SYNONYM, order, taxon);
          }
          if (!cols[11].equals("-")) {
            builder.add(cols[11], EntityType.GENE, id, symbol, Source.SYNONYM, order, taxon);
          }
          if (cols.length > 13 && !cols[13].equals("-")) {
            for (String name : cols[13].split("\\|")) {
              if (WORD.matcher(name).matches() && !PROTEIN_WORD.matcher(name).matches()) {
                continue;
              }
              designations.merge(
                  TermNormalizer.key(name),
                  new String[] {id, symbol, name},
                  (a, b) -> a != SHARED && a[0].equals(b[0]) ? a : SHARED);
            }
          }
        });
    // a designation of one gene names it; one shared by several genes ("zinc finger protein")
    // names none of them. They rank after the gene's other names (order + 2).
    Map<String, Integer> numbered = new HashMap<>();
    for (String key : designations.keySet()) {
      int space = key.lastIndexOf(' ');
      if (space > 0) {
        numbered.merge(key.substring(0, space), 1, Integer::sum);
      }
    }
    int[] added = {0};
    designations.forEach(
        (key, gene) -> {
          if (gene == SHARED) {
            return;
          }
          if (builder.add(
              gene[2], EntityType.GENE, gene[0], gene[1], Source.SYNONYM, order + 2, taxon)) {
            added[0]++;
          }
          // a protein numbered 1 with no sibling of its name is written without the number too
          // ("psoriasin 1": "psoriasin")
          java.util.regex.Matcher first = FIRST_OF_ONE.matcher(key);
          if (first.matches()
              && !designations.containsKey(first.group(1))
              && numbered.get(first.group(1)) == 1) {
            builder.add(
                first.group(1),
                EntityType.GENE,
                gene[0],
                gene[1],
                Source.SYNONYM,
                order + 2,
                taxon);
          }
        });
    LOG.info("genes of taxon {}: {}, {} other designations", taxon, genes[0], added[0]);
  }

  private static void addSpecies(EntityDictionary.Builder builder) {
    Map<String, Long> frequency = new HashMap<>();
    if (!readResource(
        LINNAEUS + "species-frequency.tsv.gz",
        true,
        cols -> {
          if (cols.length >= 2) {
            frequency.put(cols[0], Long.parseLong(cols[1].trim()));
          }
        })) {
      LOG.warn(
          "LINNAEUS species dictionary is not on the classpath: species come from training names only");
      return;
    }
    Map<String, List<Pattern>> stop = new HashMap<>();
    readResource(
        LINNAEUS + "stoplist.tsv",
        false,
        cols -> {
          if (cols.length >= 2 && !cols[0].startsWith("#")) {
            stop.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(Pattern.compile(cols[1]));
          }
        });
    // rank ambiguous names by how often LINNAEUS saw the taxon mentioned
    List<String> byFrequency = new ArrayList<>(frequency.keySet());
    byFrequency.sort(Comparator.comparingLong((String k) -> frequency.get(k)).reversed());
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < byFrequency.size(); i++) {
      rank.put(byFrequency.get(i), i);
    }
    int[] taxa = {0};
    readResource(
        LINNAEUS + "dict-species.tsv.gz",
        true,
        rank::containsKey,
        cols -> {
          Integer r = rank.get(cols[0]);
          if (r == null || cols.length < 2) {
            return;
          }
          String taxon = cols[0].substring(cols[0].lastIndexOf(':') + 1);
          String id = "NCBITaxon:" + taxon;
          String[] names = cols[1].split("\\|");
          String display = names[0];
          for (String n : names) {
            if (BINOMIAL.matcher(n).matches()) {
              display = n;
              break;
            }
          }
          List<Pattern> stops = stop.getOrDefault(cols[0], List.of());
          taxa[0]++;
          for (String n : names) {
            if (n.length() >= 3 && stops.stream().noneMatch(p -> p.matcher(n).matches())) {
              builder.add(n, EntityType.SPECIES, id, display, Source.SYNONYM, r);
            }
          }
        });
    LOG.info("LINNAEUS species: {} name rows of taxa seen in text", taxa[0]);
  }

  private static void addCellLines(EntityDictionary.Builder builder, Path file) {
    if (!Files.isRegularFile(file)) {
      LOG.warn("no {}: cell lines come from training names and the learned tagger only", file);
      return;
    }
    Map<String, String> recommended = new HashMap<>();
    int[] names = {0};
    forEachRow(
        file,
        true,
        cols -> {
          if (cols.length < 3) {
            return;
          }
          String id = cols[0];
          String name = cols[2];
          String display = recommended.computeIfAbsent(id, k -> name);
          // a name without digits or inner capitals ("Bones", "Ideal") is an ordinary word far more
          // often
          // and a short one without digits ("SNP", "AUC") is an acronym of something else
          boolean digit = name.chars().anyMatch(Character::isDigit);
          if (name.length() >= 3
              && (digit || name.length() > 3 && EntityDictionary.caseForm(name) != null)) {
            if (builder.add(name, EntityType.CELL_LINE, id, display, Source.SYNONYM)) {
              names[0]++;
            }
          }
        });
    LOG.info("Cellosaurus cell-line names: {} of {} lines", names[0], recommended.size());
  }

  /** A training corpus and the types it annotates. */
  record Corpus(List<PubtatorDocument> documents, Set<EntityType> types) {}

  private static List<Corpus> readTraining(Path dataDir) {
    List<Corpus> corpora = new ArrayList<>();
    for (String name : TRAINING_FILES) {
      Path file = dataDir.resolve(name);
      if (!Files.isRegularFile(file)) {
        LOG.warn("no training corpus {}: its names are not in the dictionary", file);
        continue;
      }
      List<PubtatorDocument> docs = PubtatorReader.read(file);
      Set<EntityType> types = EnumSet.noneOf(EntityType.class);
      for (PubtatorDocument d : docs) {
        for (PubtatorAnnotation a : d.annotations()) {
          EntityType.fromCorpusType(a.type()).ifPresent(types::add);
        }
      }
      corpora.add(new Corpus(docs, types));
    }
    return corpora;
  }

  /**
   * The types MeSH names. Genes are left out of the short-form rule below: a training corpus's gene
   * is often of an organism without a gene_info file here (rat), which the vocabulary would name
   * otherwise.
   */
  private static final Set<EntityType> MESH_TYPES =
      EnumSet.of(EntityType.CHEMICAL, EntityType.DISEASE);

  static void addTrainingNames(EntityDictionary.Builder builder, Corpus corpus) {
    // per surface form, the most frequent identifier wins
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    // surface forms annotated somewhere other than as a short form their abstract defines
    Set<String> notOnlyDefined = new HashSet<>();
    AbbreviationFinder abbreviations = new AbbreviationFinder();
    for (PubtatorDocument d : corpus.documents()) {
      Set<String> shortForms = new HashSet<>();
      String text = d.text();
      for (Abbreviation ab : abbreviations.find(text)) {
        shortForms.add(ab.shortForm().of(text));
      }
      for (PubtatorAnnotation a : d.annotations()) {
        EntityType type = EntityType.fromCorpusType(a.type()).orElse(null);
        if (type == null) {
          continue;
        }
        if (!shortForms.contains(a.text())) {
          notOnlyDefined.add(type.name() + "\t" + a.text());
        }
        List<String> ids = new ArrayList<>();
        for (String id : a.ids()) {
          String c = EntityIds.canonical(type, id);
          if (c != null) {
            ids.add(c);
          }
        }
        String id = ids.isEmpty() ? "" : String.join("|", ids);
        counts
            .computeIfAbsent(type.name() + "\t" + a.text(), k -> new HashMap<>())
            .merge(id, 1, Integer::sum);
      }
    }
    List<String> leftToVocabulary = new ArrayList<>();
    counts.forEach(
        (typeAndText, ids) -> {
          int tab = typeAndText.indexOf('\t');
          EntityType type = EntityType.valueOf(typeAndText.substring(0, tab));
          String text = typeAndText.substring(tab + 1);
          String best =
              ids.entrySet().stream()
                  .sorted(
                      Map.Entry.<String, Integer>comparingByValue()
                          .reversed()
                          .thenComparing(e -> e.getKey().isEmpty() ? 1 : 0))
                  .map(Map.Entry::getKey)
                  .findFirst()
                  .orElse("");
          int total = ids.values().stream().mapToInt(Integer::intValue).sum();
          if (MESH_TYPES.contains(type)
              && !notOnlyDefined.contains(typeAndText)
              && !best.isEmpty()
              && builder.vocabularyNamesOtherwise(text, type, best)) {
            // A short form only ever annotated where its abstract defines it ("ampicillin (AMP)")
            // has that meaning there, which the abbreviation rule gives it anyway; elsewhere the
            // vocabulary's meaning is the better guess ("AMP" is adenosine monophosphate in MeSH).
            leftToVocabulary.add(text);
            return;
          }
          builder.add(
              text,
              type,
              best.isEmpty() ? null : best,
              null,
              Source.TRAINING,
              1000 - Math.min(total, 1000));
        });
    LOG.info(
        "training names: {} short forms defined where annotated, and named otherwise by the"
            + " vocabularies, keep the vocabularies' meaning: {}",
        leftToVocabulary.size(),
        leftToVocabulary.stream().sorted().limit(12).toList());
  }

  /**
   * Rat genes of the training corpora under the symbol of their human or mouse ortholog, so that a
   * gene of a rat context takes the rat gene whatever name it is written with ("caspase 3" in a rat
   * abstract is rat Casp3, which BioRED's training split names "caspase-3"): there is no rat
   * gene_info here. A training gene of an abstract that names rats, of no human or mouse
   * identifier, is the rat ortholog of the human or mouse gene that the dictionary finds for its
   * text; the most frequent one per symbol wins. Entered as the symbol's last meaning (a rat gene
   * of that symbol), so that no human or mouse reading changes.
   */
  static void addRatGenes(
      EntityDictionary.Builder builder, List<Corpus> corpora, Set<String> humanAndMouseGenes) {
    EntityDictionary dictionary = builder.build();
    Map<String, Map<String, Integer>> bySymbol = new HashMap<>();
    for (Corpus c : corpora) {
      for (PubtatorDocument d : c.documents()) {
        boolean rats =
            d.annotations().stream()
                .anyMatch(
                    a ->
                        EntityType.fromCorpusType(a.type()).orElse(null) == EntityType.SPECIES
                            && a.ids().contains(Integer.toString(GeneSpecies.RAT)));
        if (!rats) {
          continue;
        }
        for (PubtatorAnnotation a : d.annotations()) {
          if (EntityType.fromCorpusType(a.type()).orElse(null) != EntityType.GENE
              || a.ids().size() != 1) {
            continue;
          }
          String id = EntityIds.canonical(EntityType.GENE, a.ids().get(0));
          if (humanAndMouseGenes.contains(id)) {
            continue;
          }
          EntityDictionary.Entry ortholog = null;
          for (EntityDictionary.Entry e : dictionary.meanings(a.text())) {
            if (e.type() == EntityType.GENE && e.taxon() != 0 && e.name() != null) {
              ortholog = e;
              break;
            }
          }
          if (ortholog != null) {
            bySymbol
                .computeIfAbsent(ortholog.name(), k -> new HashMap<>())
                .merge(id, 1, Integer::sum);
          }
        }
      }
    }
    bySymbol.forEach(
        (symbol, ids) -> {
          String id =
              ids.entrySet().stream()
                  .max(
                      Map.Entry.<String, Integer>comparingByValue()
                          .thenComparing(Map.Entry.comparingByKey()))
                  .orElseThrow()
                  .getKey();
          builder.add(symbol, EntityType.GENE, id, symbol, Source.PREFERRED, 3, GeneSpecies.RAT);
        });
    LOG.info(
        "rat genes of the training corpora under their ortholog's symbol: {}", bySymbol.size());
  }

  /**
   * Drops a (name, type) whose matches on the training text are mostly wrong: counted only in
   * corpora that annotate the type; a match with the exact gold span is right, one inside a longer
   * gold mention of any type but a variant counts as neither (whether a chemical inside a gene's
   * name is annotated is the corpus's nesting rule, not a sign that the name misleads:
   * "glutathione" in "glutathione peroxidase", "rapamycin" in "mammalian target of rapamycin";
   * inside a variant, "arginine 150 proline", it names a residue), any other is wrong (also one
   * that swallows a shorter gold mention: "creatine kinase" where "creatine" is annotated).
   */
  static int prune(EntityDictionary.Builder builder, List<Corpus> corpora) {
    if (corpora.isEmpty()) {
      return 0;
    }
    DictionaryTagger tagger = new DictionaryTagger(builder.build());
    Map<String, int[]> stats = new HashMap<>();
    for (Corpus c : corpora) {
      for (PubtatorDocument d : c.documents()) {
        String text = d.text();
        List<PubtatorAnnotation> gold = d.annotations();
        for (Mention m : tagger.match(text)) {
          if (!c.types().contains(m.type())) {
            continue;
          }
          boolean exact = false;
          boolean insideGold = false;
          for (PubtatorAnnotation a : gold) {
            EntityType goldType = EntityType.fromCorpusType(a.type()).orElse(null);
            boolean sameType = goldType == m.type();
            boolean sameSpan = a.start() == m.start() && a.end() == m.end();
            boolean nestable = !sameSpan && goldType != EntityType.VARIANT;
            if (a.start() <= m.start() && m.end() <= a.end() && (sameType || nestable)) {
              insideGold = true;
              exact |= sameSpan;
            }
          }
          int[] s =
              stats.computeIfAbsent(
                  m.type().name() + "\t" + TermNormalizer.key(m.text()), k -> new int[2]);
          if (exact) {
            s[0]++;
          } else if (!insideGold) {
            s[1]++;
          }
        }
      }
    }
    int pruned = 0;
    for (Map.Entry<String, int[]> e : stats.entrySet()) {
      int good = e.getValue()[0];
      int bad = e.getValue()[1];
      if (bad >= 2 && good < MIN_TRAINING_PRECISION * (good + bad)) {
        int tab = e.getKey().indexOf('\t');
        builder.remove(
            e.getKey().substring(tab + 1), EntityType.valueOf(e.getKey().substring(0, tab)));
        pruned++;
      }
    }
    return pruned;
  }

  private interface RowConsumer {
    void accept(String[] cols);
  }

  private static void forEachRow(Path file, boolean gzip, RowConsumer consumer) {
    try (InputStream raw = Files.newInputStream(file)) {
      read(
          gzip || file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
          first -> true,
          consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static boolean readResource(String resource, boolean gzip, RowConsumer consumer) {
    return readResource(resource, gzip, first -> true, consumer);
  }

  /**
   * Reads rows whose first column passes {@code wanted}; the others are not split (LINNAEUS rows
   * are long).
   */
  private static boolean readResource(
      String resource,
      boolean gzip,
      java.util.function.Predicate<String> wanted,
      RowConsumer consumer) {
    try (InputStream raw = DictionaryLoader.class.getResourceAsStream(resource)) {
      if (raw == null) {
        return false;
      }
      read(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, wanted, consumer);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + resource, e);
    }
  }

  private static void read(
      InputStream in, java.util.function.Predicate<String> wanted, RowConsumer consumer)
      throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    boolean first = true;
    while ((line = r.readLine()) != null) {
      if (first) {
        first = false;
        if (line.startsWith("#") || line.startsWith("DescriptorUI") || line.startsWith("CVCL\t")) {
          continue;
        }
      }
      int tab = line.indexOf('\t');
      if (wanted.test(tab < 0 ? line : line.substring(0, tab))) {
        consumer.accept(line.split("\t", -1));
      }
    }
  }
}
