package org.litfacets.relation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityIds;
import org.litfacets.entity.EntityPair;
import org.litfacets.sentence.Span;
import org.litfacets.sentence.Tokenizer;

/**
 * The candidate entity pairs of an abstract and what the relation classifier reads about each. A
 * candidate is a pair of distinct entity identifiers whose types BioRED relates ({@link
 * TypePair#BIORED}), co-mentioned or not: BioRED relations are stated by the abstract as a whole.
 * Features: the type pair; how many sentences mention both and whether the title does; the length
 * of the shortest such sentence; the words and cue words between the closest two mentions in each
 * shared sentence, and the cue words of the shared sentences; per entity its mention count, whether
 * it is the most mentioned of its type and whether the title names it; the fewest sentences between
 * two mentions. Cue words and words between are also conjoined with the type pair, since "increase"
 * means one thing between a drug and a disease and another between two genes.
 */
final class RelationFeatures {

  /** A pair of entities of an abstract, how many sentences mention both, and its features. */
  record Candidate(EntityPair pair, int sharedSentences, String[] features) {}

  /**
   * Word stems that signal a kind of relation, after the trigger words of BioRED's annotation
   * guidelines. Stems of four letters or fewer must match a whole word, longer ones start it
   * ("inhibit" matches "inhibitors").
   */
  private static final Map<String, List<String>> CUES = cues();

  private static Map<String, List<String>> cues() {
    Map<String, List<String>> cues = new LinkedHashMap<>();
    cues.put(
        "increase",
        List.of(
            "increas",
            "elevat",
            "enhanc",
            "upregul",
            "augment",
            "potentiat",
            "higher",
            "exacerbat",
            "aggravat",
            "worsen"));
    cues.put(
        "decrease",
        List.of("decreas", "reduc", "lower", "downregul", "diminish", "attenuat", "declin"));
    cues.put(
        "inhibit",
        List.of(
            "inhibit",
            "suppress",
            "block",
            "antagon",
            "abolish",
            "prevent",
            "protect",
            "ameliorat",
            "alleviat",
            "revers",
            "rescu"));
    cues.put("induce", List.of("induc", "caus", "trigger", "provok", "evok", "elicit"));
    cues.put("activate", List.of("activat", "stimulat", "promot", "agonist"));
    cues.put(
        "treat",
        List.of(
            "treat",
            "therap",
            "efficac",
            "effective",
            "benefit",
            "improv",
            "respon",
            "cure",
            "administ"));
    cues.put("bind", List.of("bind", "bound", "ligand", "affinit", "complex", "interact", "dock"));
    cues.put("associate", List.of("associat", "correlat", "link", "linked", "relat"));
    cues.put("risk", List.of("risk", "susceptib", "predispos", "odds"));
    cues.put(
        "mutation",
        List.of(
            "mutat",
            "mutant",
            "variant",
            "polymorph",
            "carrier",
            "allele",
            "genotyp",
            "substitut",
            "homozyg",
            "heterozyg"));
    cues.put(
        "combine", List.of("combin", "plus", "together", "coadminist", "adjunct", "concomitant"));
    cues.put("compare", List.of("compar", "versus", "vs", "than", "superior", "inferior"));
    cues.put("toxicity", List.of("toxic", "advers", "side", "overdos", "poison", "intoxic"));
    cues.put("metabolism", List.of("metabol", "convert", "conversion", "hydroly", "catalys"));
    cues.put("express", List.of("express", "level", "levels", "concentrat", "secret", "synthes"));
    cues.put(
        "regulate",
        List.of("regulat", "modulat", "mediat", "depend", "signal", "pathway", "target"));
    cues.put(
        "negation",
        List.of("not", "no", "nor", "neither", "without", "unaffected", "lack", "failed"));
    return Collections.unmodifiableMap(cues);
  }

  private RelationFeatures() {}

  /**
   * The candidates of one abstract. {@code sentences} are in text order, the first being the title
   * (as the indexer and PubTator lay an article out); {@code mentions} carry identifiers, several
   * joined by "|" where a name is ambiguous, and mentions without one are ignored.
   */
  static List<Candidate> of(
      String text,
      List<Span> sentences,
      List<EntityMention> mentions,
      Guideline guideline,
      Hierarchy hierarchy) {
    return new Document(text, sentences, mentions, hierarchy).candidates(guideline);
  }

  /** The cue a word signals, or null. */
  static String cue(String lowerCaseWord) {
    for (Map.Entry<String, List<String>> cue : CUES.entrySet()) {
      for (String stem : cue.getValue()) {
        if (stem.length() <= 4 ? lowerCaseWord.equals(stem) : lowerCaseWord.startsWith(stem)) {
          return cue.getKey();
        }
      }
    }
    return null;
  }

  /** An entity of the abstract: its mention spans and the sentences they fall in. */
  private record Entity(EntityType type, String id, List<Span> mentions, BitSet sentences) {}

  /** One abstract, analysed once for all its pairs. */
  private static final class Document {
    private final String text;
    private final List<Span> sentences;
    private final List<List<Span>> tokens = new ArrayList<>();

    /** Every mention once, also a composite one that names several entities. */
    private final Set<Span> mentionSpans = new TreeSet<>();

    private final List<Entity> entities = new ArrayList<>();
    private final Map<EntityType, Integer> mostMentions = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Integer> entitiesOfType = new EnumMap<>(EntityType.class);

    /** Per entity (by index), the entities of the abstract narrower than it. */
    private final List<List<Entity>> narrower = new ArrayList<>();

    /**
     * The cue of each token read so far: every pair re-reads the tokens of its sentences, and
     * matching a word against every cue's stems took 40% of the relation step's profile samples in
     * a fresh JVM (bench/results/index-full-profile.md).
     */
    private final Map<Span, Optional<String>> cues = new HashMap<>();

    Document(String text, List<Span> sentences, List<EntityMention> mentions, Hierarchy hierarchy) {
      this.text = text;
      this.sentences = sentences;
      Tokenizer tokenizer = new Tokenizer();
      for (Span s : sentences) {
        tokens.add(tokenizer.tokenize(text, s.start(), s.end()));
      }
      Map<String, Entity> byKey = new LinkedHashMap<>();
      for (EntityMention m : mentions) {
        Span span = new Span(m.start(), m.end());
        mentionSpans.add(span);
        for (String id : EntityIds.each(m.type(), m.id())) {
          Entity e =
              byKey.computeIfAbsent(
                  m.type() + "\t" + id,
                  k -> new Entity(m.type(), id, new ArrayList<>(), new BitSet()));
          e.mentions().add(span);
          e.sentences().set(sentenceOf(m.start()));
        }
      }
      entities.addAll(byKey.values());
      for (Entity e : entities) {
        mostMentions.merge(e.type(), e.mentions().size(), Math::max);
        entitiesOfType.merge(e.type(), 1, Integer::sum);
        List<Entity> below = new ArrayList<>();
        for (Entity other : entities) {
          if (other != e && other.type() == e.type() && hierarchy.isNarrower(other.id(), e.id())) {
            below.add(other);
          }
        }
        narrower.add(below);
      }
    }

    List<Candidate> candidates(Guideline guideline) {
      List<Candidate> out = new ArrayList<>();
      for (int i = 0; i < entities.size(); i++) {
        for (int j = i + 1; j < entities.size(); j++) {
          Entity a = entities.get(i);
          Entity b = entities.get(j);
          EntityPair pair = EntityPair.of(a.type(), a.id(), b.type(), b.id());
          if (guideline.typePairs().contains(TypePair.of(pair))) {
            Set<String> f = features(TypePair.of(pair).toString(), a, b);
            List<String> tagged = new ArrayList<>(2 * f.size());
            tagged.addAll(f);
            for (String feature : f) {
              tagged.add(guideline.tag() + "#" + feature);
            }
            out.add(new Candidate(pair, shared(a, b).cardinality(), tagged.toArray(String[]::new)));
          }
        }
      }
      return out;
    }

    private Set<String> features(String pair, Entity a, Entity b) {
      Set<String> f = new LinkedHashSet<>();
      f.add("pair=" + pair);
      int prominent = describe(f, a) + describe(f, b);
      generality(f, pair, a, b);
      generality(f, pair, b, a);
      f.add(pair + "|prominent=" + prominent);
      f.add(pair + "|ranks=" + rank(a) + "," + rank(b));
      BitSet shared = shared(a, b);
      String sharedCount = bucket(shared.cardinality(), 0, 1, 2);
      f.add("shared=" + sharedCount);
      f.add(pair + "|shared=" + sharedCount);
      // how much of the pair's text is about both at once, where salience and co-mention interact
      f.add(pair + "|shared=" + sharedCount + "|prominent=" + prominent);
      int fewer = Math.min(a.sentences().cardinality(), b.sentences().cardinality());
      f.add("sharedShare=" + bucket(100 * shared.cardinality() / fewer, 0, 49, 99));
      String gap = bucket(sentenceGap(a, b), 0, 1, 2, 5);
      f.add("sentenceGap=" + gap);
      f.add(pair + "|sentenceGap=" + gap);
      if (shared.get(0)) {
        f.add("sharedTitle");
        f.add(pair + "|sharedTitle");
      }
      int shortest = Integer.MAX_VALUE;
      int closest = Integer.MAX_VALUE;
      for (int s = shared.nextSetBit(0); s >= 0; s = shared.nextSetBit(s + 1)) {
        shortest = Math.min(shortest, tokens.get(s).size());
        for (Span t : tokens.get(s)) {
          addCue(f, pair, "cue", t);
        }
        closest = Math.min(closest, between(f, pair, s, a, b));
      }
      if (!shared.isEmpty()) {
        f.add("shortestSentence=" + bucket(shortest, 10, 20, 30, 45));
        f.add("closest=" + bucket(closest, 0, 2, 5, 10, 20));
      }
      return f;
    }

    /**
     * Adds whether the abstract names something narrower than {@code e}, and whether that shares a
     * sentence with {@code other}: the relation is then stated of the narrower one.
     */
    private void generality(Set<String> f, String pair, Entity e, Entity other) {
      List<Entity> below = narrower.get(entities.indexOf(e));
      if (below.isEmpty()) {
        return;
      }
      String type = e.type().key();
      f.add(pair + "|" + type + ".hasNarrower");
      for (Entity n : below) {
        if (!shared(n, other).isEmpty()) {
          f.add(pair + "|" + type + ".narrowerSharesSentence");
          return;
        }
      }
    }

    /** "<=1" for the most mentioned entity of its type (or one as often), then "2", then "3+". */
    private String rank(Entity e) {
      int more = 0;
      for (Entity other : entities) {
        if (other.type() == e.type() && other.mentions().size() > e.mentions().size()) {
          more++;
        }
      }
      return bucket(more + 1, 1, 2);
    }

    private static BitSet shared(Entity a, Entity b) {
      BitSet shared = (BitSet) a.sentences().clone();
      shared.and(b.sentences());
      return shared;
    }

    /**
     * Adds what an entity is in the abstract; returns how prominent it is: most mentioned, named in
     * the title.
     */
    private int describe(Set<String> f, Entity e) {
      String type = e.type().key();
      int prominent = 0;
      f.add(type + ".mentions=" + bucket(e.mentions().size(), 1, 2, 4));
      f.add(type + ".entities=" + bucket(entitiesOfType.get(e.type()), 1, 2, 4));
      f.add(type + ".rank=" + rank(e));
      f.add(type + ".first=" + bucket(e.sentences().nextSetBit(0), 0, 1, 3));
      if (e.mentions().size() == mostMentions.get(e.type())) {
        f.add(type + ".mostMentioned");
        prominent++;
      }
      if (e.sentences().get(0)) {
        f.add(type + ".inTitle");
        prominent++;
      }
      return prominent;
    }

    /**
     * Adds the words between the closest mentions of {@code a} and {@code b} in sentence {@code s}
     * and returns how many tokens lie between them. Words inside other mentions are left out and
     * counted instead.
     */
    private int between(Set<String> f, String pair, int s, Entity a, Entity b) {
      Span left = null;
      Span right = null;
      int gap = Integer.MAX_VALUE;
      for (Span ma : a.mentions()) {
        for (Span mb : b.mentions()) {
          if (sentenceOf(ma.start()) != s || sentenceOf(mb.start()) != s) {
            continue;
          }
          Span first = ma.start() <= mb.start() ? ma : mb;
          Span second = first == ma ? mb : ma;
          int g = Math.max(0, second.start() - first.end());
          if (g < gap) {
            gap = g;
            left = first;
            right = second;
          }
        }
      }
      if (left == null) {
        return Integer.MAX_VALUE;
      }
      int count = 0;
      List<String> cues = new ArrayList<>();
      for (Span t : tokens.get(s)) {
        if (t.start() >= left.end() && t.end() <= right.start()) {
          count++;
          if (!insideMention(t)) {
            String cue = addCue(f, pair, "cueBetween", t);
            if (cue != null) {
              cues.add(cue);
            }
            String word = t.of(text).toLowerCase(Locale.ROOT);
            if (Character.isLetter(word.charAt(0)) && word.length() > 1) {
              f.add("between=" + word);
              f.add(pair + "|between=" + word);
            }
          }
        }
      }
      int others = 0;
      for (Span m : mentionSpans) {
        if (m.start() >= left.end() && m.end() <= right.start()) {
          others++;
        }
      }
      f.add("mentionsBetween=" + bucket(others, 0, 1, 3));
      // "cisplatin-induced nephrotoxicity": a cue right between the two says most
      if (count <= 3) {
        for (String cue : cues) {
          f.add(pair + "|nearCue=" + cue);
        }
      }
      return count;
    }

    /** Adds the cue a token signals, if any, and returns it. */
    private String addCue(Set<String> f, String pair, String name, Span token) {
      String cue =
          cues.computeIfAbsent(
                  token, t -> Optional.ofNullable(cue(t.of(text).toLowerCase(Locale.ROOT))))
              .orElse(null);
      if (cue != null) {
        f.add(name + "=" + cue);
        f.add(pair + "|" + name + "=" + cue);
      }
      return cue;
    }

    private boolean insideMention(Span token) {
      for (Span m : mentionSpans) {
        if (m.contains(token)) {
          return true;
        }
      }
      return false;
    }

    private static int sentenceGap(Entity a, Entity b) {
      int best = Integer.MAX_VALUE;
      for (int i = a.sentences().nextSetBit(0); i >= 0; i = a.sentences().nextSetBit(i + 1)) {
        for (int j = b.sentences().nextSetBit(0); j >= 0; j = b.sentences().nextSetBit(j + 1)) {
          best = Math.min(best, Math.abs(i - j));
        }
      }
      return best;
    }

    /**
     * The sentence an offset falls in; an offset between two sentences counts with the one before.
     */
    private int sentenceOf(int offset) {
      int found = 0;
      for (int s = 0; s < sentences.size() && sentences.get(s).start() <= offset; s++) {
        found = s;
      }
      return found;
    }
  }

  /**
   * A count as a coarse label, so that the classifier learns from ranges rather than exact numbers:
   * with ascending bounds 0, 1, 3 the labels are "<=0", "1", "2-3" and "4+".
   */
  static String bucket(int n, int... bounds) {
    if (n <= bounds[0]) {
      return "<=" + bounds[0];
    }
    for (int i = 1; i < bounds.length; i++) {
      if (n <= bounds[i]) {
        int low = bounds[i - 1] + 1;
        return low == bounds[i] ? Integer.toString(low) : low + "-" + bounds[i];
      }
    }
    return (bounds[bounds.length - 1] + 1) + "+";
  }
}
