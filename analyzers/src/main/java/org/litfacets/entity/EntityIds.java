package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litfacets.article.EntityType;

/**
 * Brings corpus and tagger identifiers to one PubTator-style form so that they can be compared:
 * "D009270" becomes "MESH:D009270", a bare gene number "NCBIGene:3175", a bare taxon
 * "NCBITaxon:9606", "rs121913527" becomes "RS#:121913527"; prefixed ids are kept.
 */
public final class EntityIds {

  private EntityIds() {}

  /**
   * The canonical identifiers of a tagger's mention id, which joins several with "|" when a name
   * has more than one meaning; variant ids keep their "|" (tmVar form "p|SUB|V|600|E").
   */
  public static List<String> each(EntityType type, String id) {
    List<String> ids = new ArrayList<>();
    if (id == null) {
      return ids;
    }
    for (String part : type == EntityType.VARIANT ? new String[] {id} : id.split("\\|")) {
      String c = canonical(type, part);
      if (c != null) {
        ids.add(c);
      }
    }
    return ids;
  }

  public static String canonical(EntityType type, String id) {
    if (id == null) {
      return null;
    }
    String s = id.trim();
    if (s.isEmpty() || s.equals("-1") || s.equals("-")) {
      return null;
    }
    switch (type) {
      case DISEASE, CHEMICAL -> {
        if (s.matches("[CD]\\d+")) {
          return "MESH:" + s;
        }
        if (s.regionMatches(true, 0, "MESH:", 0, 5)) {
          return "MESH:" + s.substring(5);
        }
        if (s.matches("\\d+")) {
          return "OMIM:" + s;
        }
        return s;
      }
      case GENE -> {
        return s.matches("\\d+") ? "NCBIGene:" + s : s;
      }
      case SPECIES -> {
        if (s.matches("\\d+")) {
          return "NCBITaxon:" + s;
        }
        if (s.startsWith("species:ncbi:")) {
          return "NCBITaxon:" + s.substring("species:ncbi:".length());
        }
        return s;
      }
      case VARIANT -> {
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches("rs\\d+")) {
          return "RS#:" + s.substring(2);
        }
        return s;
      }
      default -> {
        return s;
      }
    }
  }
}
