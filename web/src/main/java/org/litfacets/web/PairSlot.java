package org.litfacets.web;

import java.util.List;
import org.litfacets.search.NamedEntity;

/**
 * One entity input of the pair search page: the entity its text names, or why it names none, with
 * the closest known names.
 *
 * @param name the request parameter, e1 or e2
 * @param text as the request gave it, empty when absent
 * @param entity null until the text names a known entity
 */
public record PairSlot(
    String name, String text, NamedEntity entity, String error, List<NamedEntity> didYouMean) {

  /** What the page's links carry: the entity by identifier once known, else the text as given. */
  public String value() {
    return entity == null ? text : entity.asParam();
  }
}
