package org.litfacets.search;

import org.litfacets.article.EntityType;
import org.litfacets.store.EntityKey;

/** An entity with its normalised name (its identifier when it has none), as the API shows it. */
public record NamedEntity(EntityType type, String id, String name) {

  EntityKey key() {
    return new EntityKey(type, id);
  }

  /** As messages write it: "Doxorubicin (MESH:D004317)". */
  String describe() {
    return name.equals(id) ? id : name + " (" + id + ")";
  }
}
