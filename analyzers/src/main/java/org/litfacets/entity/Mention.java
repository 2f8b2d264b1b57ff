package org.litfacets.entity;

import org.litfacets.article.EntityType;
import org.litfacets.sentence.Span;

/**
 * An entity mention at {@code [start, end)} of the analysed text. {@code id} is PubTator-style
 * ("MESH:D003920", "NCBIGene:7157", "NCBITaxon:9606", "CVCL_0030", "RS#:123" or a normalised HGVS
 * string) or null when the mention was found but not normalised; {@code name} is the display name
 * of the identifier (null when unknown).
 */
public record Mention(int start, int end, String text, EntityType type, String id, String name) {

  public Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "mention needs 0 <= start < end, got [" + start + ", " + end + ")");
    }
    if (type == null) {
      throw new IllegalArgumentException("mention '" + text + "' has no type");
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  public Mention withId(String newId, String newName) {
    return new Mention(start, end, text, type, newId, newName);
  }
}
