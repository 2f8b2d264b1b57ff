package org.litfacets.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What PubMed's field tags ({@code [tiab]}) and Ovid's field codes ({@code .ti,ab.}) ask for. */
final class FieldTags {
  /** What a tag turns the words before it into. */
  sealed interface Target {
    record OfTerm(Field field) implements Target {}

    record OfDate(DateField field) implements Target {}

    record OfHeading(boolean explode, boolean major) implements Target {}

    record OfProximity(Field field, int wordsBetween) implements Target {}
  }

  private static final Map<String, Target> PUBMED =
      Map.ofEntries(
          term("tiab", Field.TITLE_ABSTRACT),
          term("title/abstract", Field.TITLE_ABSTRACT),
          term("ti", Field.TITLE),
          term("title", Field.TITLE),
          term("ab", Field.ABSTRACT),
          term("abstract", Field.ABSTRACT),
          term("tw", Field.TEXT_WORD),
          term("text word", Field.TEXT_WORD),
          term("text words", Field.TEXT_WORD),
          term("all", Field.ALL_FIELDS),
          term("all fields", Field.ALL_FIELDS),
          term("sh", Field.SUBHEADING),
          term("subheading", Field.SUBHEADING),
          term("mesh subheading", Field.SUBHEADING),
          term("pt", Field.PUBLICATION_TYPE),
          term("publication type", Field.PUBLICATION_TYPE),
          term("au", Field.AUTHOR),
          term("author", Field.AUTHOR),
          term("la", Field.LANGUAGE),
          term("language", Field.LANGUAGE),
          term("ta", Field.JOURNAL),
          term("journal", Field.JOURNAL),
          term("jour", Field.JOURNAL),
          term("pmid", Field.PMID),
          term("uid", Field.PMID),
          term("ot", Field.KEYWORD),
          term("other term", Field.KEYWORD),
          // PubMed's [rn] is the registry number, which CLEF queries use for substance names as
          // Ovid's .rn. does.
          term("nm", Field.SUBSTANCE),
          term("supplementary concept", Field.SUBSTANCE),
          term("substance name", Field.SUBSTANCE),
          term("rn", Field.SUBSTANCE),
          term("doi", Field.DOI),
          term("aid", Field.DOI),
          heading("mh", true, false),
          heading("mesh", true, false),
          heading("mesh terms", true, false),
          heading("mh:noexp", false, false),
          heading("mesh:noexp", false, false),
          heading("mesh terms:noexp", false, false),
          heading("majr", true, true),
          heading("mesh major topic", true, true),
          heading("majr:noexp", false, true),
          heading("mesh major topic:noexp", false, true),
          date("dp", DateField.PUBLICATION),
          date("date - publication", DateField.PUBLICATION),
          date("publication date", DateField.PUBLICATION),
          date("edat", DateField.ENTRY),
          date("date - entry", DateField.ENTRY),
          date("entry date", DateField.ENTRY),
          date("crdt", DateField.CREATE),
          date("date - create", DateField.CREATE),
          date("create date", DateField.CREATE));
  private static final Pattern PROXIMITY =
      Pattern.compile("(tiab|title/abstract|ti|title|ab|abstract):~(\\d{1,3})");

  /** Ovid codes of text fields, which may be listed together ({@code .ti,ab,kf.}). */
  private static final Set<String> OVID_TEXT =
      Set.of("ti", "ab", "tw", "ot", "kf", "kw", "nm", "hw", "mp", "rn", "af");

  private static final Map<String, Target> OVID_SINGLE =
      Map.ofEntries(
          Map.entry("ti", new Target.OfTerm(Field.TITLE)),
          Map.entry("ot", new Target.OfTerm(Field.TITLE)),
          Map.entry("ab", new Target.OfTerm(Field.ABSTRACT)),
          // Ovid's text words are the title and abstract, not PubMed's wider [tw].
          Map.entry("tw", new Target.OfTerm(Field.TITLE_ABSTRACT)),
          Map.entry("mp", new Target.OfTerm(Field.TEXT_WORD)),
          Map.entry("hw", new Target.OfTerm(Field.TEXT_WORD)),
          Map.entry("af", new Target.OfTerm(Field.ALL_FIELDS)),
          Map.entry("kf", new Target.OfTerm(Field.KEYWORD)),
          Map.entry("kw", new Target.OfTerm(Field.KEYWORD)),
          Map.entry("nm", new Target.OfTerm(Field.SUBSTANCE)),
          Map.entry("rn", new Target.OfTerm(Field.SUBSTANCE)),
          Map.entry("sh", new Target.OfHeading(false, false)),
          Map.entry("fs", new Target.OfTerm(Field.SUBHEADING)),
          Map.entry("pt", new Target.OfTerm(Field.PUBLICATION_TYPE)),
          Map.entry("au", new Target.OfTerm(Field.AUTHOR)),
          Map.entry("jn", new Target.OfTerm(Field.JOURNAL)),
          Map.entry("lg", new Target.OfTerm(Field.LANGUAGE)),
          Map.entry("ui", new Target.OfTerm(Field.PMID)),
          Map.entry("do", new Target.OfTerm(Field.DOI)),
          Map.entry("yr", new Target.OfDate(DateField.PUBLICATION)),
          Map.entry("dp", new Target.OfDate(DateField.PUBLICATION)),
          Map.entry("ed", new Target.OfDate(DateField.ENTRY)),
          Map.entry("dc", new Target.OfDate(DateField.CREATE)));

  private FieldTags() {}

  /**
   * The target of a PubMed tag's content (without brackets), case and spacing ignored; empty when
   * unknown.
   */
  static Optional<Target> pubmed(String tag) {
    String key = tag.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    Matcher proximity = PROXIMITY.matcher(key);
    if (proximity.matches()) {
      Field field = ((Target.OfTerm) PUBMED.get(proximity.group(1))).field();
      return Optional.of(new Target.OfProximity(field, Integer.parseInt(proximity.group(2))));
    }
    return Optional.ofNullable(PUBMED.get(key));
  }

  static boolean isOvidCode(String code) {
    return OVID_SINGLE.containsKey(code.toLowerCase(Locale.ROOT));
  }

  /**
   * The target of an Ovid code list. Several text fields are searched as the narrowest single field
   * covering them all: title and abstract codes as [tiab], anything wider (keywords, substance
   * names) as [tw], "af" as [all].
   *
   * @throws IllegalArgumentException when the codes mix text fields with others ({@code .ti,pt.})
   */
  static Target ovid(List<String> codes) {
    Set<String> set = new LinkedHashSet<>();
    codes.forEach(c -> set.add(c.toLowerCase(Locale.ROOT)));
    if (set.size() == 1) {
      return OVID_SINGLE.get(set.iterator().next());
    }
    if (!OVID_TEXT.containsAll(set)) {
      throw new IllegalArgumentException(
          "cannot search ."
              + String.join(",", codes)
              + ". together: only text "
              + "fields ("
              + String.join(", ", OVID_TEXT)
              + ") combine");
    }
    if (set.contains("af")) {
      return new Target.OfTerm(Field.ALL_FIELDS);
    }
    if (Set.of("ti", "ot").containsAll(set)) {
      return new Target.OfTerm(Field.TITLE);
    }
    if (Set.of("ti", "ab", "tw", "ot").containsAll(set)) {
      return new Target.OfTerm(Field.TITLE_ABSTRACT);
    }
    return new Target.OfTerm(Field.TEXT_WORD);
  }

  private static Map.Entry<String, Target> term(String tag, Field field) {
    return Map.entry(tag, new Target.OfTerm(field));
  }

  private static Map.Entry<String, Target> heading(String tag, boolean explode, boolean major) {
    return Map.entry(tag, new Target.OfHeading(explode, major));
  }

  private static Map.Entry<String, Target> date(String tag, DateField field) {
    return Map.entry(tag, new Target.OfDate(field));
  }
}
