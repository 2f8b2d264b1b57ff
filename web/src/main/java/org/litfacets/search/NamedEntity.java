package org.litfacets.search;

import org.litfacets.article.EntityType;
import org.litfacets.store.EntityKey;

/** An entity with its normalised name (its identifier when it has none), as the API shows it. */
public record NamedEntity(EntityType type, String id, String name) {

  EntityKey key() {
    return new EntityKey(type, id);
  }

  /**
   * As URLs name it, by identifier: {@code chemical:MESH:D004317} (a filter, a pair's e1, a related
   * entity's e).
   */
  public String asParam() {
    return key().value();
  }

  /** As messages write it: "Doxorubicin (MESH:D004317)". */
  String describe() {
    return name.equals(id) ? id : name + " (" + id + ")";
  }
}
