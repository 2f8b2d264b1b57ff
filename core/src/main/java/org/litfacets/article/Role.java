package org.litfacets.article;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rhetorical role of an abstract sentence, the five labels of PubMed 200k RCT. */
public enum Role {
  BACKGROUND,
  OBJECTIVE,
  METHODS,
  RESULTS,
  CONCLUSIONS;

  /*
   * Words of structured-abstract headings, the first one found in a heading decides ("BACKGROUND AND AIMS" is
   * BACKGROUND). Word stems are matched as prefixes so that singular and plural forms both count.
   */
  private static final List<Map.Entry<String, Role>> HEADING_WORDS =
      List.of(
          Map.entry("BACKGROUND", BACKGROUND),
          Map.entry("INTRODUCTION", BACKGROUND),
          Map.entry("CONTEXT", BACKGROUND),
          Map.entry("RATIONALE", BACKGROUND),
          Map.entry("IMPORTANCE", BACKGROUND),
          Map.entry("PROBLEM", BACKGROUND),
          Map.entry("OBJECT", OBJECTIVE),
          Map.entry("AIM", OBJECTIVE),
          Map.entry("PURPOSE", OBJECTIVE),
          Map.entry("GOAL", OBJECTIVE),
          Map.entry("HYPOTHES", OBJECTIVE),
          Map.entry("QUESTION", OBJECTIVE),
          Map.entry("METHOD", METHODS),
          Map.entry("MATERIAL", METHODS),
          Map.entry("DESIGN", METHODS),
          Map.entry("SETTING", METHODS),
          Map.entry("PARTICIPANT", METHODS),
          Map.entry("PATIENT", METHODS),
          Map.entry("SUBJECT", METHODS),
          Map.entry("INTERVENTION", METHODS),
          Map.entry("PROCEDURE", METHODS),
          Map.entry("SAMPLE", METHODS),
          Map.entry("POPULATION", METHODS),
          Map.entry("DATA", METHODS),
          Map.entry("STUDY SELECTION", METHODS),
          Map.entry("ANALYS", METHODS),
          Map.entry("EXPOSURE", METHODS),
          Map.entry("CASE", METHODS),
          Map.entry("END POINT", METHODS),
          Map.entry("ENDPOINT", METHODS),
          Map.entry("RESULT", RESULTS),
          Map.entry("FINDING", RESULTS),
          Map.entry("OUTCOME", RESULTS),
          Map.entry("OBSERVATION", RESULTS),
          Map.entry("CONCLU", CONCLUSIONS),
          Map.entry("DISCUSSION", CONCLUSIONS),
          Map.entry("INTERPRETATION", CONCLUSIONS),
          Map.entry("IMPLICATION", CONCLUSIONS),
          Map.entry("SIGNIFICANCE", CONCLUSIONS),
          Map.entry("COMMENT", CONCLUSIONS),
          Map.entry("RELEVANCE", CONCLUSIONS),
          Map.entry("LIMITATION", CONCLUSIONS));

  /**
   * Heading words that decide wherever they occur: "MAIN OUTCOME MEASURES" are methods, "DATA
   * SYNTHESIS" results.
   */
  private static final List<Map.Entry<String, Role>> DECISIVE_WORDS =
      List.of(Map.entry("MEASURE", METHODS), Map.entry("SYNTHESIS", RESULTS));

  /** What joins the parts of a combined heading: "METHODS AND RESULTS", "BACKGROUND/PURPOSE". */
  private static final Pattern HEADING_JOINS = Pattern.compile("\\s+(?:and|AND|And)\\s+|[/&,;]");

  /**
   * The role of a structured-abstract part: PubMed's {@code NlmCategory} when it names a role,
   * otherwise the author's {@code Label} mapped by its heading words. Empty for "UNASSIGNED" parts
   * and unknown headings.
   */
  public static Optional<Role> ofSection(String nlmCategory, String label) {
    if (nlmCategory != null && !nlmCategory.isBlank()) {
      String category = nlmCategory.trim().toUpperCase(Locale.ROOT);
      for (Role role : values()) {
        if (role.name().equals(category)) {
          return Optional.of(role);
        }
      }
      if (category.equals("UNASSIGNED")) {
        return Optional.empty();
      }
    }
    return ofLabel(label);
  }

  /**
   * The role a structured-abstract heading such as "AIMS", "MATERIALS AND METHODS" or "Discussion:"
   * stands for.
   */
  public static Optional<Role> ofLabel(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String heading = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").trim();
    if (heading.isEmpty() || heading.equals("UNASSIGNED")) {
      return Optional.empty();
    }
    // NLM files "MEASUREMENTS AND MAIN RESULTS" under RESULTS, as the PubMed XML samples show: the
    // part reports what was measured, with its numbers.
    if (indexOfWordStart(heading, "MEASURE") >= 0 && indexOfWordStart(heading, "RESULT") >= 0) {
      return Optional.of(RESULTS);
    }
    for (Map.Entry<String, Role> word : DECISIVE_WORDS) {
      if (indexOfWordStart(heading, word.getKey()) >= 0) {
        return Optional.of(word.getValue());
      }
    }
    int best = Integer.MAX_VALUE;
    Role role = null;
    boolean background = false;
    boolean objective = false;
    for (Map.Entry<String, Role> word : HEADING_WORDS) {
      int at = indexOfWordStart(heading, word.getKey());
      if (at >= 0) {
        background |= word.getValue() == BACKGROUND;
        objective |= word.getValue() == OBJECTIVE;
        if (at < best) {
          best = at;
          role = word.getValue();
        }
      }
    }
    // NLM files "BACKGROUND AND AIMS", "BACKGROUND/PURPOSE", "RATIONALE AND OBJECTIVES" under
    // OBJECTIVE.
    return Optional.ofNullable(background && objective ? OBJECTIVE : role);
  }

  /**
   * True when a heading joins parts of different roles, e.g. "METHODS AND RESULTS" or
   * "METHODOLOGY/PRINCIPAL FINDINGS": its sentences have no single role, so such a part makes poor
   * training data. A background joined with an aim is not mixed: NLM files it under OBJECTIVE.
   */
  public static boolean isMixed(String label) {
    if (label == null) {
      return false;
    }
    Role first = null;
    for (String piece : HEADING_JOINS.split(label)) {
      Role role = ofLabel(piece).map(r -> r == BACKGROUND ? OBJECTIVE : r).orElse(null);
      if (role != null && first != null && role != first) {
        return true;
      }
      first = first == null ? role : first;
    }
    return false;
  }

  private static int indexOfWordStart(String heading, String stem) {
    int from = 0;
    while (true) {
      int at = heading.indexOf(stem, from);
      if (at < 0 || at == 0 || heading.charAt(at - 1) == ' ') {
        return at;
      }
      from = at + 1;
    }
  }
}
