package org.litfacets.relation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litfacets.article.EntityMention;
import org.litfacets.article.RelationType;
import org.litfacets.sentence.Span;

/**
 * The baseline a relation classifier must beat: every candidate pair that a sentence co-mentions is
 * related, with the relation type most frequent for its type pair in the training abstracts.
 */
public final class CooccurrenceBaseline {

  private final Map<TypePair, RelationType> mostFrequent;

  private CooccurrenceBaseline(Map<TypePair, RelationType> mostFrequent) {
    this.mostFrequent = Map.copyOf(mostFrequent);
  }

  public static CooccurrenceBaseline fit(List<GoldAbstract> training) {
    Map<TypePair, Map<RelationType, Integer>> counts = new HashMap<>();
    for (GoldAbstract a : training) {
      a.relations()
          .forEach(
              (pair, label) ->
                  RelationType.ofCorpusName(label)
                      .ifPresent(
                          type ->
                              counts
                                  .computeIfAbsent(
                                      TypePair.of(pair), k -> new EnumMap<>(RelationType.class))
                                  .merge(type, 1, Integer::sum)));
    }
    Map<TypePair, RelationType> mostFrequent = new HashMap<>();
    counts.forEach(
        (typePair, byType) ->
            mostFrequent.put(
                typePair,
                byType.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey()));
    return new CooccurrenceBaseline(mostFrequent);
  }

  /**
   * The type this baseline gives a pair of these types; empty when training related no such pair.
   */
  private Optional<RelationType> typeOf(TypePair typePair) {
    return Optional.ofNullable(mostFrequent.get(typePair));
  }

  public List<Relation> extract(String text, List<Span> sentences, List<EntityMention> mentions) {
    List<Relation> relations = new ArrayList<>();
    for (RelationFeatures.Candidate c :
        RelationFeatures.of(text, sentences, mentions, Guideline.BIORED, Hierarchy.NONE)) {
      if (c.sharedSentences() > 0) {
        typeOf(TypePair.of(c.pair()))
            .ifPresent(type -> relations.add(new Relation(c.pair(), type, 1.0)));
      }
    }
    return relations;
  }
}
