package org.litfacets.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.litfacets.article.EntityType;
import org.litfacets.sentence.Span;

/**
 * Applies an {@link EntityDictionary}: leftmost-longest matching over rule tokens (a name never
 * starts or ends inside a word), with the dictionary's case rules, plus tmVar-style variant
 * patterns. Thread-safe.
 */
public final class DictionaryTagger implements MentionTagger {

  private final EntityDictionary dictionary;

  public DictionaryTagger(EntityDictionary dictionary) {
    if (dictionary == null) {
      throw new IllegalArgumentException("dictionary is null");
    }
    this.dictionary = dictionary;
  }

  public EntityDictionary dictionary() {
    return dictionary;
  }

  @Override
  public List<Mention> tag(String text) {
    List<Mention> found = new ArrayList<>(match(text));
    List<Mention> variants = VariantPatterns.find(text);
    if (!variants.isEmpty()) {
      // patterns are more specific than names and replace overlapping dictionary matches, except
      // a name with exactly the pattern's span ("T98G" is a cell line, not Thr98Gly)
      List<Mention> kept = new ArrayList<>();
      for (Mention v : dedupe(variants)) {
        boolean named = found.stream().anyMatch(m -> m.start() == v.start() && m.end() == v.end());
        if (!named) {
          found.removeIf(m -> v.start() < m.end() && m.start() < v.end());
          kept.add(v);
        }
      }
      found.addAll(kept);
      found.sort(Comparator.comparingInt(Mention::start));
    }
    return found;
  }

  /**
   * Dictionary matches in text order: leftmost-longest, and inside a multi-token gene, species or
   * cell-line name also the chemicals and diseases it contains ("dopamine" in "dopamine receptor"),
   * which corpora such as BC5CDR annotate.
   */
  List<Mention> match(String text) {
    List<Span> tokens = TermNormalizer.tokens(text);
    List<Mention> found = match(text, tokens);
    List<Span> joined = TermNormalizer.joinHyphenated(text, tokens);
    if (joined == tokens) {
      return found;
    }
    // a match that needs joined words replaces the matches of the parts it covers when it is a
    // longer name ("venous thrombo-embolism" over "embolism"), never where it would cut into one;
    // a hyphenated word alone keeps the name of its part, as the corpora annotate "inflammatory"
    // in "pro-inflammatory" although "proinflammatory" is a name
    List<Mention> extra = new ArrayList<>();
    for (Mention j : match(text, joined)) {
      if (!hyphenInside(text, j)) {
        continue;
      }
      List<Mention> overlapping =
          found.stream().filter(m -> m.start() < j.end() && j.start() < m.end()).toList();
      boolean longerName = j.text().chars().anyMatch(Character::isWhitespace);
      if (overlapping.isEmpty()
          || longerName
              && overlapping.stream()
                  .allMatch(
                      m ->
                          j.start() <= m.start()
                              && m.end() <= j.end()
                              && m.end() - m.start() < j.end() - j.start())) {
        found.removeAll(overlapping);
        extra.add(j);
      }
    }
    if (!extra.isEmpty()) {
      found.addAll(extra);
      found.sort(Comparator.comparingInt(Mention::start));
    }
    return found;
  }

  private static boolean hyphenInside(String text, Mention m) {
    for (int k = m.start() + 1; k < m.end() - 1; k++) {
      if (TermNormalizer.isDash(text.charAt(k))
          && Character.isLetter(text.charAt(k - 1))
          && Character.isLetter(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private List<Mention> match(String text, List<Span> tokens) {
    int n = tokens.size();
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      Span s = tokens.get(i);
      norm[i] = TermNormalizer.joinedToken(text, s.start(), s.end());
    }
    List<int[]> tokenRanges = new ArrayList<>();
    List<Mention> found = scan(text, tokens, norm, 0, n, null, tokenRanges);
    List<Mention> inner = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      int[] range = tokenRanges.get(k);
      if (range[1] - range[0] > 1
          && (m.type() == EntityType.GENE
              || m.type() == EntityType.SPECIES
              || m.type() == EntityType.CELL_LINE)) {
        for (Mention i : scan(text, tokens, norm, range[0], range[1], NESTED, new ArrayList<>())) {
          // an abbreviation inside a symbol is part of the symbol ("PD" in "PD-L1")
          if (i.end() - i.start() < m.end() - m.start() && i.end() - i.start() > 3) {
            inner.add(i);
          }
        }
      }
    }
    if (!inner.isEmpty()) {
      found.addAll(inner);
      found.sort(Comparator.comparingInt(Mention::start));
    }
    return found;
  }

  private static final java.util.Set<EntityType> NESTED =
      java.util.EnumSet.of(EntityType.CHEMICAL, EntityType.DISEASE);

  private List<Mention> scan(
      String text,
      List<Span> tokens,
      String[] norm,
      int from,
      int to,
      java.util.Set<EntityType> allowed,
      List<int[]> tokenRanges) {
    List<Mention> found = new ArrayList<>();
    StringBuilder key = new StringBuilder(64);
    String[] keys = new String[16];
    int i = from;
    while (i < to) {
      int max = Math.min(dictionary.maxTokens(norm[i]), to - i);
      if (max == 0) {
        i++;
        continue;
      }
      if (keys.length < max) {
        keys = new String[max];
      }
      key.setLength(0);
      for (int l = 0; l < max; l++) {
        if (l > 0) {
          key.append(' ');
        }
        key.append(norm[i + l]);
        keys[l] = key.toString();
      }
      int matched = 0;
      for (int l = max; l >= 1 && matched == 0; l--) {
        for (EntityDictionary.Entry e : dictionary.lookup(keys[l - 1])) {
          int start = tokens.get(i).start();
          int end = tokens.get(i + l - 1).end();
          if ((allowed == null || allowed.contains(e.type()))
              && caseMatches(e, text, tokens, i, l)
              && !splitCellLine(e, text, start, end)) {
            found.add(
                new Mention(start, end, text.substring(start, end), e.type(), e.id(), e.name()));
            tokenRanges.add(new int[] {i, i + l});
            matched = l;
            break;
          }
        }
      }
      i += matched == 0 ? 1 : matched;
    }
    return found;
  }

  /**
   * A cell line written as one word does not match words apart: "A20" is not "A 20-year-old man".
   */
  private static boolean splitCellLine(EntityDictionary.Entry e, String text, int start, int end) {
    // a name learned from a training corpus comes without a normalised name: its mentions were
    // written as one word too
    if (e.type() != EntityType.CELL_LINE || e.name() != null && e.name().indexOf(' ') >= 0) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (Character.isWhitespace(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean caseMatches(
      EntityDictionary.Entry e, String text, List<Span> tokens, int from, int length) {
    String form = e.caseForm();
    if (form == null) {
      return true;
    }
    int pos = 0;
    for (int k = 0; k < length; k++) {
      int space = form.indexOf(' ', pos);
      String t = space < 0 ? form.substring(pos) : form.substring(pos, space);
      Span s = tokens.get(from + k);
      if (!EntityDictionary.caseMatches(t, text, s.start(), s.end())) {
        return false;
      }
      pos = space + 1;
    }
    return true;
  }

  /** Keeps the longest of overlapping pattern matches. */
  private static List<Mention> dedupe(List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
        kept.add(m);
      }
    }
    return kept;
  }
}
