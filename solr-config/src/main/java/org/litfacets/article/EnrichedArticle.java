package org.litfacets.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An article on its way to the index: the citation plus what the enrichers add. Each enricher fills its own part;
 * the store maps the whole to one Solr document. Offsets are in {@link Article#analysisText()}.
 */
public final class EnrichedArticle {
  private final Article article;
  private final List<String> meshTreeNumbers = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<EntityMention> mentions = new ArrayList<>();
  private final Set<String> entityPairs = new LinkedHashSet<>();
  private final List<String> suggestedMeshUis = new ArrayList<>();
  private float[] vector;
  private String embeddingModel;

  public EnrichedArticle(Article article) {
    this.article = article;
  }

  public Article article() {
    return article;
  }

  /** Tree numbers of the article's MeSH headings, so that a heading query can be exploded to its descendants. */
  public List<String> meshTreeNumbers() {
    return meshTreeNumbers;
  }

  /** The sentences of title and abstract, in order. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Normalised entity mentions, in text order. */
  public List<EntityMention> mentions() {
    return mentions;
  }

  /** Keys of entity pairs that co-occur in a sentence, e.g. "disease:MESH:D014262|chemical:MESH:D008094" (types in EntityType order). */
  public Set<String> entityPairs() {
    return entityPairs;
  }

  /** MeSH descriptor UIs suggested by litfacets for an article NLM has not indexed; never mixed with NLM's. */
  public List<String> suggestedMeshUis() {
    return suggestedMeshUis;
  }

  public float[] vector() {
    return vector;
  }

  public String embeddingModel() {
    return embeddingModel;
  }

  /** The article's dense vector (title + abstract) and the model that made it. */
  public void setVector(float[] vector, String model) {
    this.vector = vector;
    this.embeddingModel = model;
  }
}
