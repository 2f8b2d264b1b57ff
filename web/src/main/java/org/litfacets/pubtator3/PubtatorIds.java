package org.litfacets.pubtator3;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.litfacets.article.EntityType;

/**
 * Entities as PubTator 3.0 writes them, from litfacets' identifiers ({@link
 * org.litfacets.article.EntityMention}): MeSH identifiers keep their prefix ({@code MESH:D004317}),
 * NCBI Gene and Taxonomy identifiers are bare ({@code 7157}, {@code 9606}), several identifiers of
 * one mention are joined by ";", variants ({@code RS#:113488022}, {@code p|SUB|V|600|E}) and
 * Cellosaurus accessions stay as they are.
 */
public final class PubtatorIds {
  private static final String MESH = "MESH:";
  private static final String GENE = "NCBIGene:";
  private static final String TAXON = "NCBITaxon:";

  private PubtatorIds() {}

  /** The identifier as PubTator's exports write it. */
  public static String identifier(EntityType type, String id) {
    if (type == EntityType.VARIANT) {
      // tmVar identifiers hold bars themselves ("p|SUB|V|600|E"): a variant mention has one
      // identifier.
      return id;
    }
    return Arrays.stream(id.split("\\|")).map(PubtatorIds::bare).collect(Collectors.joining(";"));
  }

  /**
   * The identifier in its database, as PubTator's autocomplete gives it ({@code db_id}): MeSH
   * without its prefix.
   */
  public static String databaseId(EntityType type, String id) {
    String written = identifier(type, id);
    return written.startsWith(MESH) ? written.substring(MESH.length()) : written;
  }

  /** PubTator's name of the database an identifier comes from ({@code db}). */
  public static String database(EntityType type, String id) {
    return switch (type) {
      case CHEMICAL, DISEASE -> id.startsWith(MESH) ? "ncbi_mesh" : "omim";
      case GENE -> "ncbi_gene";
      case SPECIES -> "ncbi_taxonomy";
      case VARIANT -> "litvar";
      case CELL_LINE -> "cellosaurus";
    };
  }

  /**
   * PubTator's reference to an entity by name, {@code @CHEMICAL_Doxorubicin}: spaces become
   * underscores, which {@link org.litfacets.search.EntityReference#parse} reads back as spaces.
   */
  public static String accession(EntityType type, String name) {
    return "@"
        + type.pubtatorName().toUpperCase(Locale.ROOT)
        + "_"
        + name.strip().replace(' ', '_');
  }

  /** PubTator's lower-case type name ({@code biotype}), e.g. "cellline". */
  public static String biotype(EntityType type) {
    return type.pubtatorName().toLowerCase(Locale.ROOT);
  }

  private static String bare(String id) {
    if (id.startsWith(GENE)) {
      return id.substring(GENE.length());
    }
    return id.startsWith(TAXON) ? id.substring(TAXON.length()) : id;
  }
}
