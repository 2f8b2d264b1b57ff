package org.litfacets.enrichment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.challenge.ChallengeClassifier;
import org.litfacets.challenge.ChallengePrediction;
import org.litfacets.embedding.Embedder;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;

/**
 * Marks the sentences that state a challenge and/or a research direction. The classifier reads a
 * sentence's role, when a step sets roles, as its section.
 */
public final class ChallengeLabels implements Enricher {
  private final ChallengeClassifier classifier;
  private final Embedder embedder;

  public ChallengeLabels(ChallengeClassifier classifier, Embedder embedder) {
    this.classifier = classifier;
    this.embedder = embedder;
  }

  @Override
  public String name() {
    return "challenges";
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.SENTENCES);
  }

  @Override
  public Set<Part> uses() {
    return Set.of(Part.ROLES);
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.CHALLENGE_LABELS);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    // One embedding call for the whole batch: the embedder is several times faster on batches.
    List<String> texts = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    for (EnrichedArticle enriched : batch) {
      String text = enriched.article().analysisText();
      for (Sentence s : enriched.sentences()) {
        texts.add(text.substring(s.start(), s.end()));
        roles.add(s.role());
      }
    }
    List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embed(texts);
    int k = 0;
    for (EnrichedArticle enriched : batch) {
      int n = enriched.sentences().size();
      List<ChallengePrediction> predictions =
          classifier.classifyAbstract(
              texts.subList(k, k + n), roles.subList(k, k + n), vectors.subList(k, k + n));
      int abstractStart = enriched.article().layout().abstractStart();
      List<Sentence> labelled = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ChallengePrediction p = predictions.get(i);
        Map<ChallengeLabel, Float> labels = new EnumMap<>(ChallengeLabel.class);
        // a title names the study's topic; read as a sentence it looks like a challenge
        // statement far more often than it is one
        if (enriched.sentences().get(i).start() >= abstractStart) {
          p.labels().forEach(l -> labels.put(l, (float) p.probability(l)));
        }
        labelled.add(enriched.sentences().get(i).withLabels(labels));
      }
      enriched.setSentences(labelled);
      k += n;
    }
  }
}
