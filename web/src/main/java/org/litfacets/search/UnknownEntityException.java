package org.litfacets.search;

import java.util.List;

/**
 * A request names an entity the index does not know. A bad request like any other (the API answers
 * 400 with the message); the pages also offer the closest known entities as links.
 */
public final class UnknownEntityException extends IllegalArgumentException {
  private final String reason;
  private final transient List<NamedEntity> suggestions;

  UnknownEntityException(String reason, List<NamedEntity> suggestions) {
    super(
        suggestions.isEmpty()
            ? reason
            : reason
                + "; did you mean "
                + String.join(" or ", suggestions.stream().map(NamedEntity::describe).toList())
                + "?");
    this.reason = reason;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The message without the suggestions, for a page that offers them as links. */
  public String reason() {
    return reason;
  }

  /** The closest names of the same type, closest first; empty when none is close. */
  public List<NamedEntity> suggestions() {
    return suggestions;
  }
}
