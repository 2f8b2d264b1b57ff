package org.litfacets.entity;

import java.util.List;
import org.litfacets.sentence.Span;

/** The entity mentions of one sentence (offsets in the whole text) and its co-occurring entity pairs. */
public record SentenceEntities(Span sentence, List<Mention> mentions, List<EntityPair> pairs) {
    public SentenceEntities {
        mentions = List.copyOf(mentions);
        pairs = List.copyOf(pairs);
    }
}
