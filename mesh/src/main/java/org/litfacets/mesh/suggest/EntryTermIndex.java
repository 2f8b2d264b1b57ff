package org.litfacets.mesh.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshTerms;
import org.litfacets.mesh.MeshVocabulary;

/**
 * An in-memory BM25 index whose documents are single entry terms, so that a keyword sharing only
 * some words with a heading ("bell test" and "Reflex Test") still reaches it. A heading scores as
 * its best-matching entry term.
 */
final class EntryTermIndex {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final Descriptor[] docDescriptor;
  private final String[] docTerm;
  private final int[] docLength;
  private final double averageLength;
  private final Map<String, int[]> postings;

  EntryTermIndex(MeshVocabulary vocabulary) {
    List<Descriptor> descriptors = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    List<List<String>> tokens = new ArrayList<>();
    for (Descriptor d : vocabulary.descriptors()) {
      Set<String> seen = new LinkedHashSet<>();
      for (String term : d.entryTerms()) {
        List<String> words = MeshTerms.tokens(term);
        if (!words.isEmpty() && seen.add(String.join(" ", words))) {
          descriptors.add(d);
          terms.add(term);
          tokens.add(words);
        }
      }
    }
    docDescriptor = descriptors.toArray(new Descriptor[0]);
    docTerm = terms.toArray(new String[0]);
    docLength = new int[docTerm.length];
    Map<String, List<Integer>> lists = new HashMap<>();
    long total = 0;
    for (int doc = 0; doc < docTerm.length; doc++) {
      List<String> words = tokens.get(doc);
      docLength[doc] = words.size();
      total += words.size();
      for (String word : new LinkedHashSet<>(words)) {
        lists.computeIfAbsent(word, w -> new ArrayList<>()).add(doc);
      }
    }
    averageLength = docTerm.length == 0 ? 1 : (double) total / docTerm.length;
    postings = new HashMap<>(lists.size() * 2);
    lists.forEach(
        (word, docs) -> postings.put(word, docs.stream().mapToInt(Integer::intValue).toArray()));
  }

  List<Suggestion> suggest(List<String> keywords, int limit) {
    RankedCandidates candidates = new RankedCandidates(SuggestionMethod.LEXICAL);
    for (String keyword : keywords) {
      Set<String> words = new LinkedHashSet<>(MeshTerms.tokens(keyword));
      Map<Integer, Double> docScores = new HashMap<>();
      double ceiling = 0;
      for (String word : words) {
        int[] docs = postings.get(word);
        if (docs == null) {
          continue;
        }
        double idf = Math.log(1 + (docTerm.length - docs.length + 0.5) / (docs.length + 0.5));
        ceiling += idf * (K1 + 1);
        for (int doc : docs) {
          double norm = K1 * (1 - B + B * docLength[doc] / averageLength);
          docScores.merge(doc, idf * (K1 + 1) / (1 + norm), Double::sum);
        }
      }
      if (ceiling == 0) {
        continue;
      }
      // Normalised per keyword, so that one rare-worded keyword does not drown the others in the
      // sum.
      Map<Descriptor, double[]> best = new HashMap<>();
      Map<Descriptor, Integer> bestDoc = new HashMap<>();
      for (Map.Entry<Integer, Double> e : docScores.entrySet()) {
        Descriptor d = docDescriptor[e.getKey()];
        double s = e.getValue() / ceiling;
        double[] current = best.computeIfAbsent(d, x -> new double[] {-1});
        if (s > current[0] || (s == current[0] && e.getKey() < bestDoc.get(d))) {
          current[0] = s;
          bestDoc.put(d, e.getKey());
        }
      }
      bestDoc.forEach((d, doc) -> candidates.add(d, best.get(d)[0], keyword, docTerm[doc]));
    }
    return candidates.ranked(limit);
  }
}
