package org.litfacets.entity;

import java.util.List;

/**
 * Finds typed (and possibly normalised) entity mentions in a text; implementations are thread-safe.
 */
public interface MentionTagger {
  /**
   * Mentions sorted by start offset. Mentions of one type do not overlap; a chemical or disease may
   * lie inside a gene, species or cell-line mention ("dopamine" in "dopamine receptor"), as BC5CDR
   * annotates it.
   */
  List<Mention> tag(String text);
}
