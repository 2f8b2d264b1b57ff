package org.litfacets.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.litfacets.article.EntityType;

/** Reads URL parameters, with a message that says which one is wrong and why. */
public final class Params {
  private Params() {}

  /** A whole number; {@code fallback} when the parameter is absent. */
  public static int integer(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
    }
  }

  /**
   * An entity type by its key ("cell_line") or PubTator's name ("CellLine"), in any case; empty
   * when absent.
   */
  public static Optional<EntityType> entityType(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    return Optional.of(
        Arrays.stream(EntityType.values())
            .filter(t -> t.key().equalsIgnoreCase(v) || t.pubtatorName().equalsIgnoreCase(v))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        name
                            + " must be one of "
                            + Arrays.stream(EntityType.values())
                                .map(EntityType::key)
                                .collect(Collectors.joining(", "))
                            + ", got '"
                            + v
                            + "'")));
  }
}
