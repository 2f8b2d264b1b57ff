package org.litfacets.article;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The six PubTator 3.0 entity types. */
public enum EntityType {
  DISEASE("Disease", "Diseases"),
  CHEMICAL("Chemical", "Chemicals"),
  GENE("Gene", "Genes"),
  SPECIES("Species", "Species"),
  VARIANT("Variant", "Variants"),
  CELL_LINE("CellLine", "Cell lines");

  private final String pubtatorName;
  private final String label;

  EntityType(String pubtatorName, String label) {
    this.pubtatorName = pubtatorName;
    this.label = label;
  }

  /** How the UI names a group of this type, e.g. "Cell lines". */
  public String label() {
    return label;
  }

  /** The type of a key such as "cell_line" (see {@link #key()}); empty when it names none. */
  public static Optional<EntityType> ofKey(String key) {
    for (EntityType type : values()) {
      if (type.key().equals(key)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The type name PubTator 3.0 uses, e.g. "CellLine" (also used in its "@CELLLINE_" search syntax).
   */
  public String pubtatorName() {
    return pubtatorName;
  }

  /** Lower-case key for flat figure names and Solr field names, e.g. "cell_line". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static final Map<String, EntityType> CORPUS_TYPES =
      Map.ofEntries(
          Map.entry("disease", DISEASE),
          Map.entry("diseaseorphenotypicfeature", DISEASE),
          Map.entry("specificdisease", DISEASE),
          Map.entry("diseaseclass", DISEASE),
          Map.entry("modifier", DISEASE),
          Map.entry("compositemention", DISEASE),
          Map.entry("chemical", CHEMICAL),
          Map.entry("chemicalentity", CHEMICAL),
          Map.entry("drug", CHEMICAL),
          Map.entry("gene", GENE),
          Map.entry("geneorgeneproduct", GENE),
          Map.entry("protein", GENE),
          Map.entry("organismtaxon", SPECIES),
          Map.entry("species", SPECIES),
          Map.entry("organism", SPECIES),
          Map.entry("sequencevariant", VARIANT),
          Map.entry("mutation", VARIANT),
          Map.entry("dnamutation", VARIANT),
          Map.entry("proteinmutation", VARIANT),
          Map.entry("snp", VARIANT),
          Map.entry("variant", VARIANT),
          Map.entry("cellline", CELL_LINE),
          Map.entry("cell_line", CELL_LINE));

  /**
   * Maps a corpus type name (BC5CDR, NCBI-disease, BioRED, PubTator 3.0) to ours; empty when
   * unknown.
   */
  public static Optional<EntityType> fromCorpusType(String corpusType) {
    if (corpusType == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(CORPUS_TYPES.get(corpusType.trim().toLowerCase(Locale.ROOT)));
  }
}
