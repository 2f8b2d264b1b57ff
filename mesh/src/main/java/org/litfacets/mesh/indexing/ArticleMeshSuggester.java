package org.litfacets.mesh.indexing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshTerms;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.suggest.Evidence;
import org.litfacets.mesh.suggest.HeadingVotes;
import org.litfacets.mesh.suggest.HeadingVotes.Vote;
import org.litfacets.mesh.suggest.Suggestion;
import org.litfacets.mesh.suggest.SuggestionMethod;

/**
 * Suggests MeSH headings for an article that NLM has not indexed, from its title and abstract:
 * entry terms found in the text, weighted by where they occur (the title and the closing sentences,
 * where conclusions sit, count most), optionally fused with the headings of the most similar
 * indexed articles. Thread-safe if the neighbour function is.
 */
public final class ArticleMeshSuggester {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\\[])");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern CONCLUSION =
      Pattern.compile("^(CONCLUSIONS?|INTERPRETATION|IMPLICATIONS)\\b");
  private static final int LONGEST_TERM_WORDS = 10;
  private static final double TITLE_WEIGHT = 2.0;

  /**
   * Single words ("cells", "time") name broad headings that indexers seldom assign on their own.
   */
  private static final double SINGLE_WORD_FACTOR = 0.5;

  private static final int RRF_K = 60;

  /**
   * NLM's check tags (Humans, Female, Male, Animals) sit on most MEDLINE records but their names
   * rarely occur in the text; indexers infer them from who was studied, as these word lists do (in
   * the spirit of NLM's MTI rules).
   */
  private static final List<Map.Entry<String, Pattern>> CHECK_TAGS =
      List.of(
          checkTag(
              "D006801",
              "humans?|patients?|participants?|women|men|children|adults|adolescents|infants|volunteers"
                  + "|persons|people"),
          checkTag("D005260", "women|woman|females?|girls?|mothers?|pregnan\\w*"),
          checkTag("D008297", "men|males?|boys?|fathers?"),
          checkTag("D000818", "animals?|mice|mouse|rats?|rabbits?|dogs?|pigs?|monkeys?"));

  private final MeshVocabulary vocabulary;
  private final Function<String, List<List<String>>> neighbours;

  /** Text matching only. */
  public ArticleMeshSuggester(MeshVocabulary vocabulary) {
    this(vocabulary, null);
  }

  /**
   * @param neighbours for an article's title and abstract, the MeSH UI lists of the most similar
   *     indexed articles, most similar first (KNN on article vectors or BM25); null for text
   *     matching only
   */
  public ArticleMeshSuggester(
      MeshVocabulary vocabulary, Function<String, List<List<String>>> neighbours) {
    if (vocabulary == null) {
      throw new IllegalArgumentException("a MeSH vocabulary is required");
    }
    this.vocabulary = vocabulary;
    this.neighbours = neighbours;
  }

  private static Map.Entry<String, Pattern> checkTag(String ui, String words) {
    return Map.entry(ui, Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE));
  }

  /** The k best headings for the article, best first. */
  public List<Suggestion> suggest(String title, String abstractText, int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive, was " + k);
    }
    String t = title == null ? "" : title.trim();
    String a = abstractText == null ? "" : abstractText.trim();
    List<Suggestion> fromText = textMatches(t, a);
    if (neighbours == null) {
      return fromText.subList(0, Math.min(k, fromText.size()));
    }
    List<Suggestion> fromNeighbours = neighbourVotes((t + "\n" + a).trim());
    return fuse(List.of(fromText, fromNeighbours), k);
  }

  private List<Suggestion> textMatches(String title, String abstractText) {
    Map<Descriptor, double[]> scores = new LinkedHashMap<>();
    Map<Descriptor, String[]> firstEvidence = new LinkedHashMap<>();
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE_END.split(abstractText)) {
      if (!s.isBlank()) {
        sentences.add(s);
      }
    }
    List<String> passages = new ArrayList<>();
    passages.add(title);
    passages.addAll(sentences);
    for (int p = 0; p < passages.size(); p++) {
      double weight;
      String where;
      if (p == 0) {
        weight = TITLE_WEIGHT;
        where = "title";
      } else {
        String sentence = passages.get(p);
        double position = sentences.size() == 1 ? 0 : (double) (p - 1) / (sentences.size() - 1);
        weight = CONCLUSION.matcher(sentence).find() ? TITLE_WEIGHT : 1 + 0.5 * position;
        where = "sentence " + p;
      }
      double w = weight;
      String place = where;
      match(
          passages.get(p),
          (d, words, phrase, share) -> {
            double s = (words == 1 ? w * SINGLE_WORD_FACTOR : w) * share;
            scores.computeIfAbsent(d, x -> new double[1])[0] += s;
            firstEvidence.putIfAbsent(
                d, new String[] {phrase + " (" + place + ")", entryTerm(d, phrase)});
          });
    }
    String text = title + "\n" + abstractText;
    for (Map.Entry<String, Pattern> tag : CHECK_TAGS) {
      Matcher cue = tag.getValue().matcher(text);
      if (cue.find()) {
        vocabulary
            .byUi(tag.getKey())
            .ifPresent(
                d -> {
                  scores.computeIfAbsent(d, x -> new double[1])[0] += TITLE_WEIGHT;
                  firstEvidence.putIfAbsent(
                      d, new String[] {cue.group() + " (check tag)", d.name()});
                });
      }
    }
    List<Descriptor> order = new ArrayList<>(scores.keySet());
    order.sort((x, y) -> Double.compare(scores.get(y)[0], scores.get(x)[0]));
    List<Suggestion> out = new ArrayList<>();
    for (int r = 0; r < order.size(); r++) {
      Descriptor d = order.get(r);
      String[] ev = firstEvidence.get(d);
      out.add(
          new Suggestion(
              d,
              scores.get(d)[0],
              List.of(
                  new Evidence(ev[0], ev[1], SuggestionMethod.EXACT, r + 1, scores.get(d)[0]))));
    }
    return out;
  }

  private interface MatchSink {
    void accept(Descriptor d, int words, String phrase, double share);
  }

  /** Longest entry-term matches, left to right, over the passage's words. */
  private void match(String passage, MatchSink sink) {
    List<String> keys = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(passage);
    while (m.find()) {
      String key = MeshTerms.key(m.group());
      if (!key.isEmpty()) {
        keys.add(key);
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    int i = 0;
    while (i < keys.size()) {
      int end = -1;
      for (int j = Math.min(keys.size(), i + LONGEST_TERM_WORDS); j > i && end < 0; j--) {
        String phrase = String.join(" ", keys.subList(i, j));
        if ((j - i > 1 || phrase.length() > 2) && !vocabulary.byKey(phrase).isEmpty()) {
          end = j;
          String written = passage.substring(spans.get(i)[0], spans.get(j - 1)[1]);
          // An ambiguous term gives each of its headings a share rather than full credit.
          List<Descriptor> found = vocabulary.byKey(phrase);
          for (Descriptor d : found) {
            sink.accept(d, j - i, written, 1.0 / found.size());
          }
        }
      }
      i = end < 0 ? i + 1 : end;
    }
  }

  private static String entryTerm(Descriptor d, String written) {
    String key = MeshTerms.key(written);
    for (String term : d.entryTerms()) {
      if (MeshTerms.key(term).equals(key)) {
        return term;
      }
    }
    return d.name();
  }

  private List<Suggestion> neighbourVotes(String text) {
    List<List<String>> similar = neighbours.apply(text);
    Map<Descriptor, Vote> votes = HeadingVotes.of(vocabulary, similar);
    List<Descriptor> order = new ArrayList<>(votes.keySet());
    order.sort((x, y) -> Double.compare(votes.get(y).weight(), votes.get(x).weight()));
    List<Suggestion> out = new ArrayList<>();
    for (int r = 0; r < order.size(); r++) {
      Descriptor d = order.get(r);
      Vote v = votes.get(d);
      out.add(
          new Suggestion(
              d,
              v.weight(),
              List.of(
                  new Evidence(
                      null,
                      "heading of " + v.articles() + " of " + similar.size() + " similar articles",
                      SuggestionMethod.FEEDBACK,
                      r + 1,
                      v.weight()))));
    }
    return out;
  }

  private static List<Suggestion> fuse(List<List<Suggestion>> lists, int k) {
    Map<Descriptor, double[]> scores = new LinkedHashMap<>();
    Map<Descriptor, List<Evidence>> evidence = new LinkedHashMap<>();
    for (List<Suggestion> list : lists) {
      for (int r = 0; r < list.size(); r++) {
        Suggestion s = list.get(r);
        scores.computeIfAbsent(s.descriptor(), d -> new double[1])[0] += 1.0 / (RRF_K + r + 1);
        evidence.computeIfAbsent(s.descriptor(), d -> new ArrayList<>()).addAll(s.evidence());
      }
    }
    List<Descriptor> order = new ArrayList<>(scores.keySet());
    order.sort((x, y) -> Double.compare(scores.get(y)[0], scores.get(x)[0]));
    List<Suggestion> out = new ArrayList<>();
    for (Descriptor d : order.subList(0, Math.min(k, order.size()))) {
      out.add(new Suggestion(d, scores.get(d)[0], evidence.get(d)));
    }
    return out;
  }
}
