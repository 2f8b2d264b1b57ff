package org.litfacets.entity;

import java.util.List;
import org.litfacets.sentence.Span;

/** The entity mentions of one sentence, offsets in the whole text. */
public record SentenceEntities(Span sentence, List<Mention> mentions) {
  public SentenceEntities {
    mentions = List.copyOf(mentions);
  }
}
