package org.litfacets.entity.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.litfacets.article.EntityType;
import org.litfacets.entity.Mention;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.sentence.Span;

/** BIO labels over subword tokens ("B-CHEMICAL", "I-CHEMICAL", "O"): encoding and decoding. */
final class BioLabels {

  static final String OUTSIDE = "O";

  private BioLabels() {}

  /**
   * The label of every token. Annotations of other types, annotations whose ends fall inside a
   * token, and annotations overlapping an earlier one are left out (tokens stay "O").
   */
  static String[] encode(
      List<Span> tokens, List<PubtatorAnnotation> annotations, Set<EntityType> types) {
    String[] labels = new String[tokens.size()];
    Arrays.fill(labels, OUTSIDE);
    for (PubtatorAnnotation a : annotations) {
      EntityType type = EntityType.fromCorpusType(a.type()).orElse(null);
      if (type == null || !types.contains(type)) {
        continue;
      }
      int first = -1;
      int last = -1;
      boolean aligned = true;
      for (int i = 0; i < tokens.size(); i++) {
        Span t = tokens.get(i);
        if (t.end() <= a.start() || t.start() >= a.end()) {
          continue;
        }
        if (t.start() < a.start() || t.end() > a.end()) {
          aligned = false;
        }
        if (first < 0) {
          first = i;
        }
        last = i;
      }
      if (first < 0 || !aligned || !allOutside(labels, first, last)) {
        continue;
      }
      labels[first] = "B-" + type.name();
      for (int i = first + 1; i <= last; i++) {
        labels[i] = "I-" + type.name();
      }
    }
    return labels;
  }

  private static boolean allOutside(String[] labels, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!OUTSIDE.equals(labels[i])) {
        return false;
      }
    }
    return true;
  }

  /** Mentions from token labels; an "I-" label that does not continue its type starts a mention. */
  static List<Mention> decode(String text, List<Span> tokens, String[] labels) {
    List<Mention> mentions = new ArrayList<>();
    int start = -1;
    int end = -1;
    EntityType type = null;
    for (int i = 0; i < labels.length; i++) {
      String label = labels[i];
      EntityType current = OUTSIDE.equals(label) ? null : EntityType.valueOf(label.substring(2));
      boolean continues = current != null && current == type && label.charAt(0) == 'I';
      if (!continues && type != null) {
        mentions.add(new Mention(start, end, text.substring(start, end), type, null, null));
        type = null;
      }
      if (current != null) {
        if (!continues) {
          start = tokens.get(i).start();
          type = current;
        }
        end = tokens.get(i).end();
      }
    }
    if (type != null) {
      mentions.add(new Mention(start, end, text.substring(start, end), type, null, null));
    }
    return mentions;
  }
}
