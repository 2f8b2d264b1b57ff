package org.litfacets.search;

import java.util.Arrays;
import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an API value; an unknown one is an error that lists the valid ones. */
  public static SortOrder parse(String value) {
    if (value == null || value.isBlank()) {
      return RELEVANCE;
    }
    return Arrays.stream(values())
        .filter(s -> s.apiName().equals(value.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "sort must be one of relevance, newest, oldest; got '" + value + "'"));
  }
}
