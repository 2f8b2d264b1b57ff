package org.litfacets.entity;

import java.util.List;

/** Finds typed (and possibly normalised) entity mentions in a text; implementations are thread-safe. */
public interface MentionTagger {
    /** Mentions sorted by start offset, not overlapping. */
    List<Mention> tag(String text);
}
