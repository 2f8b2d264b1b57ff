package org.litfacets.entity;

import java.util.ArrayList;
import java.util.List;

/** A title + abstract split into sentences, each with its entities and co-occurring pairs. */
public record AnalyzedText(String text, List<SentenceEntities> sentences) {

  public AnalyzedText {
    sentences = List.copyOf(sentences);
  }

  /** All mentions in text order. */
  public List<Mention> mentions() {
    List<Mention> all = new ArrayList<>();
    for (SentenceEntities s : sentences) {
      all.addAll(s.mentions());
    }
    return all;
  }
}
