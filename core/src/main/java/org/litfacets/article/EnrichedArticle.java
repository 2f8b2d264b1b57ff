package org.litfacets.article;

import java.util.List;

/**
 * An article on its way to the index: the citation plus what the enrichers add. Each enricher sets
 * its own part, replacing what an earlier run of the same step set, so a step can run again on the
 * same article without duplicating anything. The store maps the whole to one Solr document. Offsets
 * are in {@link Article#analysisText()}.
 */
public final class EnrichedArticle {
  private final Article article;
  private List<String> meshTreeNumbers = List.of();
  private List<Sentence> sentences = List.of();
  private List<EntityMention> mentions = List.of();
  private List<EntityRelation> relations = List.of();
  private List<String> suggestedMeshUis = List.of();
  private float[] vector;
  private String embeddingModel;

  public EnrichedArticle(Article article) {
    this.article = article;
  }

  public Article article() {
    return article;
  }

  /**
   * Tree numbers of the article's MeSH headings, so that a heading query can be exploded to its
   * descendants.
   */
  public List<String> meshTreeNumbers() {
    return meshTreeNumbers;
  }

  public void setMeshTreeNumbers(List<String> treeNumbers) {
    this.meshTreeNumbers = List.copyOf(treeNumbers);
  }

  /** The sentences of title and abstract, in order. */
  public List<Sentence> sentences() {
    return sentences;
  }

  public void setSentences(List<Sentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  /** Normalised entity mentions, in text order. */
  public List<EntityMention> mentions() {
    return mentions;
  }

  public void setMentions(List<EntityMention> mentions) {
    this.mentions = List.copyOf(mentions);
  }

  /** Relations between the article's entities, as the relation classifier states them. */
  public List<EntityRelation> relations() {
    return relations;
  }

  public void setRelations(List<EntityRelation> relations) {
    this.relations = List.copyOf(relations);
  }

  /**
   * MeSH descriptor UIs suggested by litfacets for an article NLM has not indexed; never mixed with
   * NLM's.
   */
  public List<String> suggestedMeshUis() {
    return suggestedMeshUis;
  }

  public void setSuggestedMeshUis(List<String> uis) {
    this.suggestedMeshUis = List.copyOf(uis);
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
