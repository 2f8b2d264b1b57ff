package org.litfacets.entity.learned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litfacets.article.EntityType;
import org.litfacets.entity.Mention;
import org.litfacets.sentence.Span;

/**
 * Abstract-level post-processing in the manner of tmChem: a CRF sees two tokens either side, so it
 * may tag a name in one sentence and miss it in the next. Here the short form of a "long form (SF)"
 * definition whose long form was tagged gets the long form's type, and every other occurrence of a
 * tagged string (on token boundaries, not inside another mention) is tagged too.
 */
final class MentionConsistency {

  private MentionConsistency() {}

  static List<Mention> apply(String text, List<Span> tokens, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return mentions;
    }
    Set<Integer> starts = new HashSet<>();
    Set<Integer> ends = new HashSet<>();
    for (Span t : tokens) {
      starts.add(t.start());
      ends.add(t.end());
    }
    List<Mention> all = new ArrayList<>(mentions);
    Map<String, EntityType> tagged = new HashMap<>();
    for (Mention m : mentions) {
      tagged.putIfAbsent(m.text(), m.type());
      Mention shortForm = shortFormAfter(text, m, ends);
      if (shortForm != null && free(all, shortForm.start(), shortForm.end())) {
        all.add(shortForm);
        tagged.putIfAbsent(shortForm.text(), shortForm.type());
      }
    }
    for (Map.Entry<String, EntityType> e : tagged.entrySet()) {
      String s = e.getKey();
      for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
        int end = at + s.length();
        if (starts.contains(at) && ends.contains(end) && free(all, at, end)) {
          all.add(new Mention(at, end, s, e.getValue(), null, null));
        }
      }
    }
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
  }

  /** "long form (SF)": SF of 2 to 10 characters with a capital letter, right after the mention. */
  private static Mention shortFormAfter(String text, Mention m, Set<Integer> ends) {
    int open = m.end();
    if (open + 2 >= text.length() || text.charAt(open) != ' ' || text.charAt(open + 1) != '(') {
      return null;
    }
    int close = text.indexOf(')', open + 2);
    if (close < 0 || close - (open + 2) < 2 || close - (open + 2) > 10 || !ends.contains(close)) {
      return null;
    }
    String shortForm = text.substring(open + 2, close);
    if (shortForm.chars().noneMatch(Character::isUpperCase)
        || shortForm.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    return new Mention(open + 2, close, shortForm, m.type(), null, null);
  }

  private static boolean free(List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) {
      if (m.start() < end && start < m.end()) {
        return false;
      }
    }
    return true;
  }
}
