package org.litfacets.store;

import org.litfacets.article.EntityType;

/**
 * An entity as the link and relation fields write it: "type:identifier", e.g. {@code
 * chemical:MESH:D004317}.
 */
public record EntityKey(EntityType type, String id) {

  public String value() {
    return type.key() + ":" + id;
  }

  /**
   * The entity of a "type:identifier" value; identifiers may hold colons themselves, type keys do
   * not.
   */
  public static EntityKey parse(String value) {
    int colon = value.indexOf(':');
    EntityType type = colon < 0 ? null : EntityType.ofKey(value.substring(0, colon)).orElse(null);
    if (type == null || colon == value.length() - 1) {
      throw new IllegalArgumentException("not a type:identifier entity value: '" + value + "'");
    }
    return new EntityKey(type, value.substring(colon + 1));
  }
}
