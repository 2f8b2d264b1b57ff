package org.litfacets.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.entity.EntityRecognizer;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.sentence.Span;

/**
 * Finds disease, chemical, gene, species, variant and cell-line mentions normalised to identifiers,
 * and the entity pairs that co-occur in a sentence.
 */
public final class Entities implements Enricher {
  private static final String MESH_PREFIX = "MESH:";
  private final EntityRecognizer recognizer;
  private final Optional<MeshVocabulary> mesh;

  /**
   * @param mesh names identifiers that the recogniser learned without a name (from the training
   *     corpora)
   */
  public Entities(EntityRecognizer recognizer, Optional<MeshVocabulary> mesh) {
    this.recognizer = recognizer;
    this.mesh = mesh;
  }

  /**
   * The mention with its normalised name; MeSH names the MeSH identifiers that come without one,
   * the mention's text names the rest.
   */
  private EntityMention named(EntityMention m, String text) {
    if (m.name() != null) {
      return m;
    }
    String name = text.substring(m.start(), m.end());
    if (m.id().startsWith(MESH_PREFIX) && mesh.isPresent()) {
      name =
          mesh.get()
              .byUi(m.id().substring(MESH_PREFIX.length()))
              .map(Descriptor::name)
              .orElse(name);
    }
    return new EntityMention(m.start(), m.end(), m.type(), m.id(), name);
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.SENTENCES);
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.ENTITIES);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle enriched : batch) {
      List<Span> sentences =
          enriched.sentences().stream().map(s -> new Span(s.start(), s.end())).toList();
      String text = enriched.article().analysisText();
      List<EntityMention> mentions = new ArrayList<>();
      for (EntityMention m : recognizer.normalisedMentions(text, sentences)) {
        mentions.add(named(m, text));
      }
      enriched.setMentions(mentions);
    }
  }
}
