package org.litfacets.web;

import java.util.List;
import java.util.function.Function;
import org.litfacets.article.EntityType;
import org.litfacets.search.EntityService;
import org.litfacets.search.Filter;
import org.litfacets.search.NamedEntity;

/**
 * An entity in a search box: a chip that shows the entity's type and name and carries what it
 * filters by as a hidden input, so that a new query keeps it.
 *
 * @param inputName the request parameter it fills (filter on the search page, entity on the
 *     sentence search)
 * @param value the parameter's value, {@code type:identifier} (or a facet's {@code
 *     type:name|identifier})
 * @param removeUrl the same page without it
 */
public record EntityChip(String inputName, String value, NamedEntity entity, String removeUrl) {

  /** The chips of a request's entity filters, named as the index names them. */
  static List<EntityChip> of(
      String inputName,
      List<Filter> filters,
      EntityService entities,
      Function<Filter, String> removeUrl) {
    return filters.stream()
        .filter(f -> f.field().isEntity())
        // Entity filter fields are named by their type's key.
        .map(
            f ->
                new EntityChip(
                    inputName,
                    f.asParam(),
                    entities.named(EntityType.ofKey(f.field().apiName()).orElseThrow(), f.value()),
                    removeUrl.apply(f)))
        .toList();
  }
}
