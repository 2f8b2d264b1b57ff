package org.litfacets.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litfacets.article.EntityType;
import org.litfacets.modelfile.ModelFile;

/**
 * The dictionary model: normalised token keys of names (see {@link TermNormalizer}) mapped to the
 * typed identifiers they may stand for, best first. Immutable and thread-safe once built; apply it
 * with {@link DictionaryTagger}.
 */
public final class EntityDictionary {

  /** Where an entry came from; earlier sources win when one key names several concepts. */
  public enum Source {
    TRAINING,
    PREFERRED,
    SYNONYM
  }

  /**
   * One meaning of a key. {@code caseForm} is non-null when the text must match it with its case
   * (see {@link #caseForm(String)}); {@code rank} orders meanings of the same key; {@code taxon} is
   * the NCBI Taxonomy id of a gene's organism (0 when unknown or not a gene).
   */
  public record Entry(
      EntityType type, String id, String name, String caseForm, int rank, int taxon) {

    /** The kind of name this meaning came from: the rank's leading part. */
    public Source source() {
      return Source.values()[rank / SOURCE_RANK];
    }
  }

  /** A rank is the source's ordinal times this, plus the order within the source. */
  private static final int SOURCE_RANK = 1_000_000;

  private static final int MAX_TOKENS = 12;
  private static final Entry[] NONE = new Entry[0];

  private final Map<String, Entry[]> entries;

  /** Longest key length in tokens per first token, so a lookup knows how far to look ahead. */
  private final Map<String, Integer> maxTokensByFirst;

  private EntityDictionary(Map<String, Entry[]> entries) {
    this.entries = entries;
    this.maxTokensByFirst = new HashMap<>(entries.size());
    for (String key : entries.keySet()) {
      int space = key.indexOf(' ');
      String first = space < 0 ? key : key.substring(0, space);
      int tokens = 1;
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) == ' ') {
          tokens++;
        }
      }
      maxTokensByFirst.merge(first, tokens, Math::max);
    }
  }

  /** Bump when the entry layout changes, so that older cache files are rebuilt. */
  private static final int FILE_FORMAT = 1;

  /**
   * The cache file at {@code path} of the dictionary built from inputs with this {@code
   * fingerprint}: it is read (see {@link #read}) only when it was written (see {@link #write}) from
   * the same inputs and in this format.
   */
  static ModelFile file(Path path, String fingerprint) {
    return new ModelFile(
        path,
        out -> {
          out.writeInt(FILE_FORMAT);
          out.writeUTF(fingerprint);
        });
  }

  /** Writes the dictionary in a compact binary form that {@link #read} loads in seconds. */
  void write(DataOutputStream out) throws IOException {
    Map<String, Integer> strings = new HashMap<>();
    List<String> table = new ArrayList<>();
    for (Entry[] es : entries.values()) {
      for (Entry e : es) {
        for (String x : new String[] {e.id(), e.name(), e.caseForm()}) {
          if (x != null && !strings.containsKey(x)) {
            strings.put(x, table.size());
            table.add(x);
          }
        }
      }
    }
    out.writeInt(table.size());
    for (String x : table) {
      out.writeUTF(x);
    }
    out.writeInt(entries.size());
    for (Map.Entry<String, Entry[]> kv : entries.entrySet()) {
      out.writeUTF(kv.getKey());
      out.writeShort(kv.getValue().length);
      for (Entry e : kv.getValue()) {
        out.writeByte(e.type().ordinal());
        out.writeInt(e.id() == null ? -1 : strings.get(e.id()));
        out.writeInt(e.name() == null ? -1 : strings.get(e.name()));
        out.writeInt(e.caseForm() == null ? -1 : strings.get(e.caseForm()));
        out.writeInt(e.rank());
        out.writeInt(e.taxon());
      }
    }
  }

  /** Reads a dictionary written by {@link #write}. */
  static EntityDictionary read(DataInputStream in) throws IOException {
    String[] table = new String[in.readInt()];
    for (int i = 0; i < table.length; i++) {
      table[i] = in.readUTF();
    }
    EntityType[] types = EntityType.values();
    int size = in.readInt();
    Map<String, Entry[]> entries = new HashMap<>(size * 4 / 3 + 1);
    for (int k = 0; k < size; k++) {
      String key = in.readUTF();
      Entry[] es = new Entry[in.readShort()];
      for (int i = 0; i < es.length; i++) {
        EntityType type = types[in.readByte()];
        int id = in.readInt();
        int name = in.readInt();
        int caseForm = in.readInt();
        es[i] =
            new Entry(
                type,
                id < 0 ? null : table[id],
                name < 0 ? null : table[name],
                caseForm < 0 ? null : table[caseForm],
                in.readInt(),
                in.readInt());
      }
      entries.put(key, es);
    }
    return new EntityDictionary(entries);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Meanings of a normalised key, best first (empty when unknown). */
  Entry[] lookup(String key) {
    Entry[] e = entries.get(key);
    return e == null ? NONE : e;
  }

  /** Longest key, in tokens, that starts with {@code firstToken} (0 when none does). */
  int maxTokens(String firstToken) {
    Integer n = maxTokensByFirst.get(firstToken);
    return n == null ? 0 : n;
  }

  /** Meanings of a term as written, e.g. {@code meanings("Tumours")}, best first. */
  public List<Entry> meanings(String term) {
    return List.of(lookup(TermNormalizer.key(term)));
  }

  /**
   * The best gene meaning of {@code term} for an organism whose name matches the term's case
   * ("TRAF2" finds mouse Traf2, whose name matches any case, but "Elf5" does not find human ELF5).
   */
  Entry gene(String term, int taxon) {
    for (Entry e : lookup(TermNormalizer.key(term))) {
      if (e.type() == EntityType.GENE && e.taxon() == taxon && caseMatches(e, term)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The gene of {@code taxon} whose official symbol is {@code symbol} in any case: human TRAF2 and
   * mouse Traf2 are orthologs, as most human and mouse genes of one symbol are.
   */
  Entry ortholog(String symbol, int taxon) {
    for (Entry e : lookup(TermNormalizer.key(symbol))) {
      if (e.type() == EntityType.GENE
          && e.taxon() == taxon
          && e.source() == Source.PREFERRED
          && symbol.equalsIgnoreCase(e.name())) {
        return e;
      }
    }
    return null;
  }

  private static boolean caseMatches(Entry e, String term) {
    if (e.caseForm() == null) {
      return true;
    }
    String[] forms = e.caseForm().split(" ");
    List<org.litfacets.sentence.Span> tokens = TermNormalizer.tokens(term);
    if (forms.length != tokens.size()) {
      return false;
    }
    for (int i = 0; i < forms.length; i++) {
      org.litfacets.sentence.Span t = tokens.get(i);
      if (!caseMatches(forms[i], term, t.start(), t.end())) {
        return false;
      }
    }
    return true;
  }

  public int size() {
    return entries.size();
  }

  /** Number of keys per entity type (a key with meanings of two types counts for both). */
  public Map<EntityType, Integer> sizeByType() {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (Entry[] es : entries.values()) {
      EntityType last = null;
      for (Entry e : es) {
        if (e.type() != last) {
          counts.merge(e.type(), 1, Integer::sum);
          last = e.type();
        }
      }
    }
    return counts;
  }

  /** Collects names; not thread-safe. */
  public static final class Builder {
    private final Map<String, List<Entry>> entries = new HashMap<>(1 << 20);
    private final Set<String> stopWords;

    private Builder() {
      this.stopWords = StopWords.get();
    }

    /**
     * Adds a name of a concept. Names that are stop words, inverted ("Diabetes Mellitus, Type 2"),
     * too long or without letters are skipped; short and all-caps names become case-sensitive.
     *
     * @return whether the name was added
     */
    public boolean add(String name, EntityType type, String id, String displayName, Source source) {
      return add(name, type, id, displayName, source, 0);
    }

    /**
     * As {@link #add(String, EntityType, String, String, Source)} with a tie-break within the
     * source (lower wins).
     */
    public boolean add(
        String name, EntityType type, String id, String displayName, Source source, int order) {
      return add(name, type, id, displayName, source, order, 0);
    }

    /**
     * As above for a gene of the organism {@code taxon}: genes of different organisms may share a
     * name.
     */
    public boolean add(
        String name,
        EntityType type,
        String id,
        String displayName,
        Source source,
        int order,
        int taxon) {
      if (name == null || name.isBlank() || (source != Source.TRAINING && name.contains(", "))) {
        return false;
      }
      String key = TermNormalizer.key(name);
      if (key.isEmpty() || countTokens(key) > MAX_TOKENS || !hasLetter(key)) {
        return false;
      }
      String caseForm = caseForm(name);
      // a stop word written in capitals ("ALL", "MEN") is an acronym, matched only in capitals
      if (source != Source.TRAINING
          && stopWords.contains(key)
          && (caseForm == null || !hasInnerCapital(caseForm))) {
        return false;
      }
      int rank = source.ordinal() * SOURCE_RANK + Math.min(order, SOURCE_RANK - 1);
      List<Entry> list = entries.computeIfAbsent(key, k -> new ArrayList<>(1));
      for (int i = 0; i < list.size(); i++) {
        Entry e = list.get(i);
        if (e.type() == type
            && e.taxon() == taxon
            && java.util.Objects.equals(e.caseForm(), caseForm)
            && (java.util.Objects.equals(e.id(), id) || e.rank() <= rank)) {
          if (e.rank() > rank) {
            list.set(i, new Entry(type, id, displayName, caseForm, rank, taxon));
          }
          return true;
        }
      }
      list.add(new Entry(type, id, displayName, caseForm, rank, taxon));
      return true;
    }

    /**
     * Whether the vocabularies (not the training corpora) give {@code name} meanings of {@code
     * type}, none of them {@code id}.
     */
    public boolean vocabularyNamesOtherwise(String name, EntityType type, String id) {
      List<Entry> list = entries.get(TermNormalizer.key(name));
      if (list == null) {
        return false;
      }
      boolean other = false;
      for (Entry e : list) {
        if (e.type() == type && e.source() != Source.TRAINING) {
          if (java.util.Objects.equals(e.id(), id)) {
            return false;
          }
          other = true;
        }
      }
      return other;
    }

    /**
     * Removes the meanings of {@code type} from a key (used to prune names that mislead on training
     * text).
     */
    public void remove(String key, EntityType type) {
      List<Entry> list = entries.get(key);
      if (list != null) {
        list.removeIf(e -> e.type() == type);
        if (list.isEmpty()) {
          entries.remove(key);
        }
      }
    }

    public EntityDictionary build() {
      Map<String, Entry[]> frozen = new HashMap<>(entries.size() * 4 / 3 + 1);
      Comparator<Entry> byRank = Comparator.comparingInt(Entry::rank);
      // names from the training corpora carry no display name: take the vocabulary's
      Map<String, String> names = new HashMap<>();
      Map<String, Integer> taxa = new HashMap<>();
      for (List<Entry> list : entries.values()) {
        for (Entry e : list) {
          if (e.id() != null && e.name() != null) {
            names.putIfAbsent(e.id(), e.name());
          }
          if (e.id() != null && e.taxon() != 0) {
            taxa.putIfAbsent(e.id(), e.taxon());
          }
        }
      }
      for (Map.Entry<String, List<Entry>> e : entries.entrySet()) {
        Entry[] arr = e.getValue().toArray(NONE);
        for (int i = 0; i < arr.length; i++) {
          Entry x = arr[i];
          if ((x.name() == null || x.taxon() == 0 && x.type() == EntityType.GENE)
              && x.id() != null) {
            String first = x.id().split("\\|")[0];
            arr[i] =
                new Entry(
                    x.type(),
                    x.id(),
                    x.name() == null ? names.get(first) : x.name(),
                    x.caseForm(),
                    x.rank(),
                    x.taxon() != 0 ? x.taxon() : taxa.getOrDefault(first, 0));
          }
        }
        Arrays.sort(arr, byRank);
        frozen.put(e.getKey(), arr);
      }
      return new EntityDictionary(frozen);
    }

    private static int countTokens(String key) {
      int n = 1;
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) == ' ') {
          n++;
        }
      }
      return n;
    }

    private static boolean hasLetter(String key) {
      for (int i = 0; i < key.length(); i++) {
        if (Character.isLetter(key.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The name's tokens, space-separated with their case, when some token must be matched with its
   * case: tokens with capitals after the first letter ("ALL", "HeLa", "mTOR") exactly, tokens of up
   * to three characters exactly or capitalised ("tea" matches "Tea" but not "TEA"); null when the
   * whole name matches case-insensitively.
   */
  static String caseForm(String name) {
    List<org.litfacets.sentence.Span> tokens = TermNormalizer.tokens(name);
    boolean needed = false;
    StringBuilder sb = new StringBuilder(name.length());
    for (org.litfacets.sentence.Span t : tokens) {
      String tok = t.of(name);
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tok);
      needed |= hasInnerCapital(tok) || tok.length() <= 3 && hasLetterIn(tok);
    }
    return needed ? sb.toString() : null;
  }

  /**
   * Whether the text token {@code x} may stand for the name token {@code t} (see {@link
   * #caseForm}).
   */
  static boolean caseMatches(String t, String text, int start, int end) {
    int n = end - start;
    if (hasInnerCapital(t)) {
      return t.length() == n && text.regionMatches(start, t, 0, n);
    }
    if (t.length() <= 3) {
      if (t.length() != n) {
        return text.regionMatches(true, start, t, 0, n);
      }
      if (text.regionMatches(start, t, 0, n)) {
        return true;
      }
      return Character.toUpperCase(t.charAt(0)) == text.charAt(start)
          && text.regionMatches(start + 1, t, 1, n - 1);
    }
    return true;
  }

  private static boolean hasInnerCapital(String tok) {
    for (int i = 1; i < tok.length(); i++) {
      if (Character.isUpperCase(tok.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterIn(String tok) {
    for (int i = 0; i < tok.length(); i++) {
      if (Character.isLetter(tok.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
