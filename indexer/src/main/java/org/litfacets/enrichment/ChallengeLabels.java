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
import org.litfacets.challenge.ChallengeSentence;
import org.litfacets.embedding.Embedder;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;

/**
 * Marks the sentences that state a challenge and/or a research direction. The classifier reads a
 * sentence's role, when a step sets roles, as its section, and never labels the title.
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
    // One classifier call, so one embedding call for the whole batch: the embedder is several
    // times faster on batches.
    List<ChallengeSentence> sentences = new ArrayList<>();
    for (EnrichedArticle enriched : batch) {
      String text = enriched.article().analysisText();
      int abstractStart = enriched.article().layout().abstractStart();
      List<String> texts = new ArrayList<>();
      List<Role> roles = new ArrayList<>();
      int titleSentences = 0;
      for (Sentence s : enriched.sentences()) {
        texts.add(text.substring(s.start(), s.end()));
        roles.add(s.role());
        titleSentences += s.start() < abstractStart ? 1 : 0;
      }
      sentences.addAll(ChallengeSentence.ofArticle(texts, roles, titleSentences));
    }
    List<ChallengePrediction> predictions = classifier.classify(sentences, embedder);
    int k = 0;
    for (EnrichedArticle enriched : batch) {
      List<Sentence> labelled = new ArrayList<>(enriched.sentences().size());
      for (Sentence s : enriched.sentences()) {
        ChallengePrediction p = predictions.get(k++);
        Map<ChallengeLabel, Float> labels = new EnumMap<>(ChallengeLabel.class);
        p.labels().forEach(l -> labels.put(l, (float) p.probability(l)));
        labelled.add(s.withLabels(labels));
      }
      enriched.setSentences(labelled);
    }
  }
}
