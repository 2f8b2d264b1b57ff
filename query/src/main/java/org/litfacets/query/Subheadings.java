package org.litfacets.query;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MeSH qualifiers (subheadings) with NLM's two-letter abbreviations, which Ovid writes ({@code
 * Asthma/dt}) where PubMed writes the name ({@code asthma/drug therapy[mh]}). The MeSH tables in
 * the shared data hold no qualifiers, and the list changes rarely, so it lives here; it keeps the
 * ones NLM retired in 2016 (ra, ri, us) because older search strategies use them.
 */
public final class Subheadings {
  private static final Map<String, String> NAMES_BY_ABBREVIATION =
      Map.ofEntries(
          Map.entry("aa", "analogs & derivatives"),
          Map.entry("ab", "abnormalities"),
          Map.entry("ad", "administration & dosage"),
          Map.entry("ae", "adverse effects"),
          Map.entry("ag", "agonists"),
          Map.entry("ah", "anatomy & histology"),
          Map.entry("ai", "antagonists & inhibitors"),
          Map.entry("an", "analysis"),
          Map.entry("bi", "biosynthesis"),
          Map.entry("bl", "blood"),
          Map.entry("bs", "blood supply"),
          Map.entry("cf", "cerebrospinal fluid"),
          Map.entry("ch", "chemistry"),
          Map.entry("ci", "chemically induced"),
          Map.entry("cl", "classification"),
          Map.entry("cn", "congenital"),
          Map.entry("co", "complications"),
          Map.entry("cs", "chemical synthesis"),
          Map.entry("ct", "contraindications"),
          Map.entry("cy", "cytology"),
          Map.entry("de", "drug effects"),
          Map.entry("df", "deficiency"),
          Map.entry("dg", "diagnostic imaging"),
          Map.entry("dh", "diet therapy"),
          Map.entry("di", "diagnosis"),
          Map.entry("dt", "drug therapy"),
          Map.entry("du", "diagnostic use"),
          Map.entry("ec", "economics"),
          Map.entry("ed", "education"),
          Map.entry("eh", "ethnology"),
          Map.entry("em", "embryology"),
          Map.entry("en", "enzymology"),
          Map.entry("ep", "epidemiology"),
          Map.entry("es", "ethics"),
          Map.entry("et", "etiology"),
          Map.entry("ge", "genetics"),
          Map.entry("gd", "growth & development"),
          Map.entry("hi", "history"),
          Map.entry("im", "immunology"),
          Map.entry("in", "injuries"),
          Map.entry("ip", "isolation & purification"),
          Map.entry("ir", "innervation"),
          Map.entry("is", "instrumentation"),
          Map.entry("lj", "legislation & jurisprudence"),
          Map.entry("ma", "manpower"),
          Map.entry("me", "metabolism"),
          Map.entry("mi", "microbiology"),
          Map.entry("mo", "mortality"),
          Map.entry("mt", "methods"),
          Map.entry("nu", "nursing"),
          Map.entry("og", "organization & administration"),
          Map.entry("pa", "pathology"),
          Map.entry("pc", "prevention & control"),
          Map.entry("pd", "pharmacology"),
          Map.entry("ph", "physiology"),
          Map.entry("pk", "pharmacokinetics"),
          Map.entry("po", "poisoning"),
          Map.entry("pp", "physiopathology"),
          Map.entry("ps", "parasitology"),
          Map.entry("px", "psychology"),
          Map.entry("py", "pathogenicity"),
          Map.entry("ra", "radiography"),
          Map.entry("re", "radiation effects"),
          Map.entry("rh", "rehabilitation"),
          Map.entry("ri", "radionuclide imaging"),
          Map.entry("rt", "radiotherapy"),
          Map.entry("sc", "secondary"),
          Map.entry("sd", "supply & distribution"),
          Map.entry("se", "secretion"),
          Map.entry("sn", "statistics & numerical data"),
          Map.entry("st", "standards"),
          Map.entry("su", "surgery"),
          Map.entry("td", "trends"),
          Map.entry("th", "therapy"),
          Map.entry("tm", "transmission"),
          Map.entry("to", "toxicity"),
          Map.entry("tr", "transplantation"),
          Map.entry("tu", "therapeutic use"),
          Map.entry("ul", "ultrastructure"),
          Map.entry("ur", "urine"),
          Map.entry("us", "ultrasonography"),
          Map.entry("ut", "utilization"),
          Map.entry("ve", "veterinary"),
          Map.entry("vi", "virology"));
  private static final Map<String, String> ABBREVIATIONS_BY_NAME = invert(NAMES_BY_ABBREVIATION);

  /** Entry terms of qualifiers that searchers write for the name, as PubMed maps them. */
  private static final Map<String, String> NAMES_BY_ENTRY_TERM =
      Map.of("pathophysiology", "physiopathology");

  private Subheadings() {}

  /**
   * The full lower-case name of a subheading given by abbreviation, name or entry term ("DT", "Drug
   * Therapy"), or the input in lower case when it is neither: parsing keeps what it cannot read for
   * {@link MeshResolver} to report.
   */
  public static String canonical(String written) {
    String key = written.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return NAMES_BY_ABBREVIATION.getOrDefault(key, NAMES_BY_ENTRY_TERM.getOrDefault(key, key));
  }

  public static boolean isKnown(String canonicalName) {
    return ABBREVIATIONS_BY_NAME.containsKey(canonicalName);
  }

  /** Ovid's two-letter abbreviation of a subheading's full name. */
  public static Optional<String> abbreviation(String canonicalName) {
    return Optional.ofNullable(ABBREVIATIONS_BY_NAME.get(canonicalName));
  }

  private static Map<String, String> invert(Map<String, String> map) {
    return map.entrySet().stream()
        .collect(
            java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
  }
}
