package org.litfacets.mesh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The MeSH descriptor vocabulary: loaded once, immutable and safe to share between threads. Lookups
 * by UI, by any entry term (normalised by {@link MeshTerms}), by prefix, and through the
 * tree-number hierarchy.
 */
public final class MeshVocabulary {
  private final Map<String, Descriptor> byUi;
  private final Map<String, Descriptor> byTreeNumber;
  private final Map<String, List<Descriptor>> byKey;

  /** Pharmacological action UI to the substances having that action. */
  private final Map<String, List<Descriptor>> substancesByAction;

  /** Tree number to the tree numbers directly below it. */
  private final Map<String, List<String>> childTreeNumbers;

  /** Parallel arrays sorted by key, for prefix search. */
  private final String[] prefixKeys;

  private final Descriptor[] prefixDescriptors;
  private final boolean[] prefixPreferred;

  private MeshVocabulary(Collection<DescriptorDraft> drafts) {
    byUi = new LinkedHashMap<>(drafts.size() * 2);
    byTreeNumber = new HashMap<>(drafts.size() * 4);
    childTreeNumbers = new HashMap<>(drafts.size() * 4);
    Map<String, Set<Descriptor>> keys = new HashMap<>(drafts.size() * 16);
    List<Object[]> prefixEntries = new ArrayList<>(drafts.size() * 10);
    for (DescriptorDraft draft : drafts) {
      Descriptor d = draft.toDescriptor();
      byUi.put(d.ui(), d);
      for (String tree : d.treeNumbers()) {
        byTreeNumber.put(tree, d);
      }
      Set<String> descriptorKeys = new LinkedHashSet<>();
      Set<String> prefixKeySet = new LinkedHashSet<>();
      List<String> lookupTerms = new ArrayList<>(d.entryTerms());
      lookupTerms.addAll(draft.permutedTerms);
      for (String term : lookupTerms) {
        List<String> raw = MeshTerms.rawWords(term);
        if (raw.isEmpty()) {
          continue;
        }
        descriptorKeys.add(MeshTerms.keyOfRawWords(raw));
        prefixKeySet.add(String.join(" ", raw));
        String closed = MeshTerms.closedHyphenKey(term);
        if (closed != null && !closed.isEmpty()) {
          descriptorKeys.add(closed);
        }
        int comma = term.indexOf(", ");
        // NLM inverts many headings ("Reflex, Stretch"); queries use natural order, and XML files
        // lack permutations.
        if (comma > 0 && term.indexOf(", ", comma + 2) < 0) {
          descriptorKeys.add(
              MeshTerms.key(term.substring(comma + 2) + " " + term.substring(0, comma)));
        }
      }
      for (String key : descriptorKeys) {
        keys.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(d);
      }
      String nameKey = MeshTerms.prefixKey(d.name());
      for (String key : prefixKeySet) {
        prefixEntries.add(new Object[] {key, d, key.equals(nameKey)});
      }
    }
    Map<String, List<Descriptor>> byAction = new HashMap<>();
    for (Descriptor d : byUi.values()) {
      for (String action : d.pharmacologicalActionUis()) {
        byAction.computeIfAbsent(action, a -> new ArrayList<>()).add(d);
      }
    }
    substancesByAction = new HashMap<>(byAction.size() * 2);
    byAction.forEach((k, v) -> substancesByAction.put(k, List.copyOf(v)));
    byKey = new HashMap<>(keys.size() * 2);
    keys.forEach((k, v) -> byKey.put(k, List.copyOf(v)));
    for (String tree : byTreeNumber.keySet()) {
      int dot = tree.lastIndexOf('.');
      if (dot > 0) {
        childTreeNumbers.computeIfAbsent(tree.substring(0, dot), k -> new ArrayList<>(4)).add(tree);
      }
    }
    childTreeNumbers.values().forEach(Collections::sort);
    prefixEntries.sort(Comparator.comparing(e -> (String) e[0]));
    prefixKeys = new String[prefixEntries.size()];
    prefixDescriptors = new Descriptor[prefixEntries.size()];
    prefixPreferred = new boolean[prefixEntries.size()];
    for (int i = 0; i < prefixKeys.length; i++) {
      Object[] e = prefixEntries.get(i);
      prefixKeys[i] = (String) e[0];
      prefixDescriptors[i] = (Descriptor) e[1];
      prefixPreferred[i] = (Boolean) e[2];
    }
  }

  /**
   * Loads MeSH from a folder of the tab-separated tables (descriptor terms, tree numbers,
   * pharmacological actions) or from NLM's descriptor XML file ({@code descYYYY.xml} or {@code
   * .xml.gz}).
   */
  public static MeshVocabulary load(Path path) {
    if (path == null || !Files.exists(path)) {
      throw new IllegalArgumentException("MeSH source " + path + " does not exist");
    }
    try {
      if (Files.isDirectory(path)) {
        return new MeshVocabulary(MeshTables.read(path).values());
      }
      String name = path.getFileName().toString();
      if (name.endsWith(".xml") || name.endsWith(".xml.gz")) {
        return new MeshVocabulary(MeshXml.read(path).values());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read MeSH from " + path, e);
    }
    throw new IllegalArgumentException(
        "MeSH source " + path + " is neither a folder of TSV tables nor a descYYYY.xml(.gz) file");
  }

  public Optional<Descriptor> byUi(String ui) {
    return Optional.ofNullable(ui == null ? null : byUi.get(ui.trim()));
  }

  /**
   * Descriptors having this entry term, ignoring case, hyphens, punctuation, word inversion and
   * plurals.
   */
  public List<Descriptor> byTerm(String term) {
    if (term == null) {
      return List.of();
    }
    List<Descriptor> found = byKey.get(MeshTerms.key(term));
    if (found == null) {
      String closed = MeshTerms.closedHyphenKey(term);
      found = closed == null ? null : byKey.get(closed);
    }
    return found == null ? List.of() : found;
  }

  /**
   * Descriptors with an entry term whose lookup key is exactly this {@link MeshTerms#key} output.
   */
  public List<Descriptor> byKey(String key) {
    List<Descriptor> found = byKey.get(key);
    return found == null ? List.of() : found;
  }

  public Collection<Descriptor> descriptors() {
    return Collections.unmodifiableCollection(byUi.values());
  }

  public int size() {
    return byUi.size();
  }

  /**
   * Descriptors with an entry term starting with the prefix: those whose preferred heading matches
   * come first, then those used by more articles, then shorter headings.
   *
   * @param articleCountByUi how many indexed articles carry a heading; may be null when unknown
   */
  public List<Descriptor> autocomplete(
      String prefix, int limit, ToIntFunction<String> articleCountByUi) {
    if (limit <= 0) {
      throw new IllegalArgumentException("autocomplete limit must be positive, was " + limit);
    }
    String key = prefix == null ? "" : MeshTerms.prefixKey(prefix);
    if (key.isEmpty()) {
      return List.of();
    }
    int from = lowerBound(key);
    Map<Descriptor, Boolean> matches = new LinkedHashMap<>();
    for (int i = from; i < prefixKeys.length && prefixKeys[i].startsWith(key); i++) {
      matches.merge(prefixDescriptors[i], prefixPreferred[i], Boolean::logicalOr);
    }
    ToIntFunction<String> counts = articleCountByUi == null ? ui -> 0 : articleCountByUi;
    Map<Descriptor, Integer> countCache = new HashMap<>();
    Comparator<Descriptor> better =
        Comparator.<Descriptor, Boolean>comparing(matches::get)
            .reversed()
            .thenComparing(d -> -countCache.computeIfAbsent(d, x -> counts.applyAsInt(x.ui())))
            .thenComparingInt(d -> d.name().length())
            .thenComparing(Descriptor::name);
    // A one-letter prefix matches thousands of headings; keep only the best few instead of sorting
    // them all.
    PriorityQueue<Descriptor> best = new PriorityQueue<>(limit + 1, better.reversed());
    for (Descriptor d : matches.keySet()) {
      best.add(d);
      if (best.size() > limit) {
        best.poll();
      }
    }
    List<Descriptor> ranked = new ArrayList<>(best);
    ranked.sort(better);
    return List.copyOf(ranked);
  }

  private int lowerBound(String key) {
    int i = Arrays.binarySearch(prefixKeys, key);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && prefixKeys[i - 1].equals(key)) {
      i--;
    }
    return i;
  }

  public List<String> treeNumbers(String ui) {
    return byUi(ui).map(Descriptor::treeNumbers).orElse(List.of());
  }

  public Optional<Descriptor> byTreeNumber(String treeNumber) {
    return Optional.ofNullable(treeNumber == null ? null : byTreeNumber.get(treeNumber.trim()));
  }

  /** The pharmacological actions of a substance, as descriptors. */
  public List<Descriptor> pharmacologicalActions(String ui) {
    return byUi(ui)
        .map(
            d ->
                d.pharmacologicalActionUis().stream()
                    .map(byUi::get)
                    .filter(a -> a != null)
                    .toList())
        .orElse(List.of());
  }

  /** The substances having this pharmacological action (e.g. every anti-bacterial agent). */
  public List<Descriptor> substancesWithAction(String actionUi) {
    return actionUi == null
        ? List.of()
        : substancesByAction.getOrDefault(actionUi.trim(), List.of());
  }

  /** The descriptors directly above any of this descriptor's tree positions. */
  public List<Descriptor> parents(String ui) {
    Set<Descriptor> out = new LinkedHashSet<>();
    for (String tree : treeNumbers(ui)) {
      int dot = tree.lastIndexOf('.');
      if (dot > 0) {
        byTreeNumber(tree.substring(0, dot)).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /** The descriptors directly below any of this descriptor's tree positions. */
  public List<Descriptor> children(String ui) {
    Set<Descriptor> out = new LinkedHashSet<>();
    for (String tree : treeNumbers(ui)) {
      for (String child : childTreeNumbers.getOrDefault(tree, List.of())) {
        out.add(byTreeNumber.get(child));
      }
    }
    out.remove(byUi.get(ui));
    return List.copyOf(out);
  }

  /**
   * Every descriptor below this one in any of its tree positions (what PubMed's [mh] explodes to,
   * minus itself).
   */
  public List<Descriptor> descendants(String ui) {
    Set<Descriptor> out = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(treeNumbers(ui));
    while (!todo.isEmpty()) {
      for (String child : childTreeNumbers.getOrDefault(todo.pop(), List.of())) {
        out.add(byTreeNumber.get(child));
        todo.add(child);
      }
    }
    out.remove(byUi.get(ui));
    return List.copyOf(out);
  }
}
