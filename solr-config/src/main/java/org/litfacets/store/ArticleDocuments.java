package org.litfacets.store;

import static org.litfacets.store.ArticleFields.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;
import org.litfacets.article.MeshHeading;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.article.TextLayout;

/**
 * Maps articles to Solr documents and back: the only place that knows how the schema stores an
 * article.
 */
public final class ArticleDocuments {
  private static final String PART_SEPARATOR = "\t";
  private static final String QUALIFIER_SEPARATOR = "; ";

  private ArticleDocuments() {}

  public static SolrInputDocument toSolr(EnrichedArticle enriched) {
    Article a = enriched.article();
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(ID, a.pmid());
    doc.setField(PMID, a.pmid());
    doc.setField(DOC_TYPE, ARTICLE_TYPE);
    setIfPresent(doc, TITLE, a.title());
    if (a.hasAbstract()) {
      doc.setField(ABSTRACT, a.abstractText());
      for (AbstractSection s : a.sections()) {
        // Whitespace in texts is normalised by the readers, so a tab cannot occur inside a part.
        doc.addField(
            ABSTRACT_SECTION,
            nullToEmpty(s.label())
                + PART_SEPARATOR
                + nullToEmpty(s.category())
                + PART_SEPARATOR
                + s.text());
      }
    }
    setIfPresent(doc, JOURNAL, a.journal());
    setIfPresent(doc, JOURNAL_ABBREV, a.journalAbbrev());
    setIfPresent(doc, YEAR, a.year());
    setIfPresent(doc, PUB_DATE, a.pubDate());
    setIfPresent(doc, DOI, a.doi());
    a.authors().forEach(v -> doc.addField(AUTHOR, v));
    a.languages().forEach(v -> doc.addField(LANGUAGE, v));
    a.publicationTypes().forEach(v -> doc.addField(PUBLICATION_TYPE, v));
    a.keywords().forEach(v -> doc.addField(KEYWORD, v));
    for (MeshHeading h : a.meshHeadings()) {
      // Old MEDLINE files carry heading names without descriptor UIs.
      if (h.ui() != null) {
        doc.addField(MESH_UI, h.ui());
      }
      doc.addField(MESH, h.name());
      if (h.major()) {
        if (h.ui() != null) {
          doc.addField(MESH_MAJOR_UI, h.ui());
        }
        doc.addField(MESH_MAJOR, h.name());
      }
      for (String qualifier : h.qualifiers()) {
        String name = qualifier.toLowerCase(Locale.ROOT);
        addOnce(doc, MESH_QUALIFIER, name);
        if (h.ui() != null) {
          doc.addField(MESH_UI_QUALIFIER, h.ui() + "/" + name);
        }
      }
      doc.addField(
          MESH_HEADING_STORED,
          String.join(
              PART_SEPARATOR,
              nullToEmpty(h.ui()),
              h.name(),
              h.major() ? "Y" : "N",
              String.join(QUALIFIER_SEPARATOR, h.qualifiers())));
    }
    enriched.meshTreeNumbers().forEach(v -> doc.addField(MESH_TREE, v));
    enriched.suggestedMeshUis().forEach(v -> doc.addField(MESH_SUGGESTED_UI, v));
    for (Sentence sentence : enriched.sentences()) {
      doc.addField(
          SENTENCE_STORED,
          sentence.start()
              + PART_SEPARATOR
              + sentence.end()
              + PART_SEPARATOR
              + (sentence.role() == null ? "" : sentence.role().name())
              + PART_SEPARATOR
              + String.join(
                  ",",
                  new TreeSet<>(sentence.labels()).stream().map(ChallengeLabel::key).toList()));
      sentence.labels().forEach(label -> addOnce(doc, SENTENCE_LABEL, label.key()));
    }
    for (EntityMention m : enriched.mentions()) {
      addMention(doc, m, 0);
    }
    addEntityFacts(doc, enriched);
    if (enriched.vector() != null) {
      List<Float> vector = new ArrayList<>(enriched.vector().length);
      for (float f : enriched.vector()) {
        vector.add(f);
      }
      doc.setField(VECTOR, vector);
      doc.setField(EMBEDDING_MODEL, enriched.embeddingModel());
    }
    doc.setField(INDEXED_AT, new Date());
    List<SolrInputDocument> sentences = sentenceDocuments(enriched);
    if (!sentences.isEmpty()) {
      doc.addChildDocuments(sentences);
    }
    return doc;
  }

  /**
   * What pair search, related entities and entity autocomplete read: the names and surface forms
   * the article uses for each identifier, the entities that share a sentence, and the classifier's
   * relations between entities.
   */
  private static void addEntityFacts(SolrInputDocument doc, EnrichedArticle enriched) {
    String text = enriched.article().analysisText();
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention m : enriched.mentions()) {
      String name = m.name() == null ? m.id() : m.name();
      names.add(EntityValues.name(m.type(), text.substring(m.start(), m.end()), name, m.id()));
      names.add(EntityValues.name(m.type(), name, name, m.id()));
    }
    Set<String> links = new LinkedHashSet<>();
    for (Sentence sentence : enriched.sentences()) {
      List<EntityKey> entities =
          mentionsIn(enriched, sentence).stream()
              .map(m -> new EntityKey(m.type(), m.id()))
              .distinct()
              .toList();
      for (EntityKey from : entities) {
        entities.stream()
            .filter(to -> !to.equals(from))
            .forEach(to -> links.add(EntityValues.link(from, to)));
      }
    }
    Set<String> relations = new LinkedHashSet<>();
    for (EntityRelation r : enriched.relations()) {
      EntityKey first = new EntityKey(r.type1(), r.id1());
      EntityKey second = new EntityKey(r.type2(), r.id2());
      relations.add(EntityValues.relation(first, second, r.relationType()));
      relations.add(EntityValues.relation(second, first, r.relationType()));
      doc.addField(
          RELATION_STORED,
          String.join(
              PART_SEPARATOR,
              r.type1().key(),
              r.id1(),
              r.type2().key(),
              r.id2(),
              r.relationType(),
              Float.toString(r.probability())));
    }
    names.forEach(v -> doc.addField(ENTITY_NAME, v));
    links.forEach(v -> doc.addField(ENTITY_LINK, v));
    relations.forEach(v -> doc.addField(ENTITY_RELATION, v));
  }

  /**
   * One child document per sentence, with what a sentence hit shows: its text, role, labels,
   * entities (offsets relative to the sentence), the neighbouring sentences and the article's
   * title, journal and year.
   */
  private static List<SolrInputDocument> sentenceDocuments(EnrichedArticle enriched) {
    Article a = enriched.article();
    TextLayout layout = a.layout();
    String text = layout.text();
    List<Sentence> sentences = enriched.sentences();
    List<SolrInputDocument> docs = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      SolrInputDocument doc = new SolrInputDocument();
      doc.setField(ID, a.pmid() + "-s" + i);
      doc.setField(PMID, a.pmid());
      doc.setField(DOC_TYPE, SENTENCE_TYPE);
      doc.setField(SENTENCE_INDEX, i);
      doc.setField(SENTENCE_TEXT, text.substring(s.start(), s.end()));
      if (s.role() != null) {
        doc.setField(SENTENCE_ROLE, s.role().name());
      }
      doc.setField(
          SENTENCE_SECTION, s.start() < layout.abstractStart() ? SECTION_TITLE : SECTION_ABSTRACT);
      s.labels().forEach(l -> doc.addField(SENTENCE_LABEL, l.key()));
      s.confidence()
          .forEach((label, p) -> doc.setField(ArticleFields.sentenceConfidence(label), p));
      setIfPresent(doc, YEAR, a.year());
      setIfPresent(doc, ARTICLE_TITLE, a.title());
      setIfPresent(doc, ARTICLE_JOURNAL, a.journal());
      if (i > 0) {
        doc.setField(
            CONTEXT_BEFORE,
            text.substring(sentences.get(i - 1).start(), sentences.get(i - 1).end()));
      }
      if (i + 1 < sentences.size()) {
        doc.setField(
            CONTEXT_AFTER,
            text.substring(sentences.get(i + 1).start(), sentences.get(i + 1).end()));
      }
      mentionsIn(enriched, s).forEach(m -> addMention(doc, m, s.start()));
      docs.add(doc);
    }
    return docs;
  }

  /**
   * The mentions that lie within a sentence: those its sentence document holds, and whose entities
   * it links.
   */
  private static List<EntityMention> mentionsIn(EnrichedArticle enriched, Sentence s) {
    return enriched.mentions().stream()
        .filter(m -> m.start() >= s.start() && m.end() <= s.end())
        .toList();
  }

  /**
   * Stores a mention, its offsets made relative to {@code origin}, and its type's identifier and
   * facet values.
   */
  private static void addMention(SolrInputDocument doc, EntityMention m, int origin) {
    doc.addField(
        MENTION_STORED,
        String.join(
            PART_SEPARATOR,
            Integer.toString(m.start() - origin),
            Integer.toString(m.end() - origin),
            m.type().key(),
            m.id(),
            nullToEmpty(m.name())));
    addOnce(doc, ArticleFields.entityIds(m.type()), m.id());
    addOnce(
        doc,
        ArticleFields.entityLabels(m.type()),
        EntityValues.label(m.name() == null ? m.id() : m.name(), m.id()));
  }

  /**
   * Entity mentions stored on a document (offsets relative to its text: the article's or the
   * sentence's).
   */
  public static List<EntityMention> mentions(SolrDocument doc) {
    List<EntityMention> mentions = new ArrayList<>();
    for (String value : strings(doc, MENTION_STORED)) {
      String[] p = value.split(PART_SEPARATOR, 5);
      mentions.add(
          new EntityMention(
              Integer.parseInt(p[0]),
              Integer.parseInt(p[1]),
              EntityType.ofKey(p[2]).orElseThrow(),
              p[3],
              emptyToNull(p[4])));
    }
    return mentions;
  }

  /**
   * Rebuilds the citation from a stored document (every field listed in {@link #STORED_FIELDS}).
   */
  public static Article fromSolr(SolrDocument doc) {
    List<AbstractSection> sections = new ArrayList<>();
    for (String part : strings(doc, ABSTRACT_SECTION)) {
      String[] p = part.split(PART_SEPARATOR, 3);
      sections.add(new AbstractSection(emptyToNull(p[0]), emptyToNull(p[1]), p[2]));
    }
    List<MeshHeading> headings = new ArrayList<>();
    for (String heading : strings(doc, MESH_HEADING_STORED)) {
      String[] p = heading.split(PART_SEPARATOR, 4);
      headings.add(
          new MeshHeading(
              emptyToNull(p[0]),
              p[1],
              p[2].equals("Y"),
              p[3].isEmpty() ? List.of() : Arrays.asList(p[3].split(QUALIFIER_SEPARATOR))));
    }
    Object year = doc.getFirstValue(YEAR);
    return new Article(
        (String) doc.getFirstValue(PMID),
        (String) doc.getFirstValue(TITLE),
        sections,
        (String) doc.getFirstValue(JOURNAL),
        (String) doc.getFirstValue(JOURNAL_ABBREV),
        year == null ? null : ((Number) year).intValue(),
        (String) doc.getFirstValue(PUB_DATE),
        strings(doc, AUTHOR),
        strings(doc, LANGUAGE),
        strings(doc, PUBLICATION_TYPE),
        strings(doc, KEYWORD),
        headings,
        (String) doc.getFirstValue(DOI));
  }

  /** The stored fields {@link #fromSolr} and {@link #annotationsFromSolr} read. */
  public static final String[] STORED_FIELDS = {
    PMID,
    TITLE,
    ABSTRACT_SECTION,
    JOURNAL,
    JOURNAL_ABBREV,
    YEAR,
    PUB_DATE,
    DOI,
    AUTHOR,
    LANGUAGE,
    PUBLICATION_TYPE,
    KEYWORD,
    MESH_HEADING_STORED,
    SENTENCE_STORED,
    MENTION_STORED,
    RELATION_STORED,
    MESH_SUGGESTED_UI
  };

  /**
   * Sentences, entity mentions and relations of a stored document, with offsets in {@link
   * Article#analysisText()}.
   */
  public static AnnotatedArticle annotationsFromSolr(SolrDocument doc) {
    List<Sentence> sentences = new ArrayList<>();
    for (String value : strings(doc, SENTENCE_STORED)) {
      String[] p = value.split(PART_SEPARATOR, 4);
      Set<ChallengeLabel> labels = EnumSet.noneOf(ChallengeLabel.class);
      for (String key : p[3].isEmpty() ? new String[0] : p[3].split(",")) {
        labels.add(ChallengeLabel.ofKey(key).orElseThrow());
      }
      sentences.add(
          new Sentence(
              Integer.parseInt(p[0]),
              Integer.parseInt(p[1]),
              p[2].isEmpty() ? null : Role.valueOf(p[2]),
              labels));
    }
    List<EntityRelation> relations = new ArrayList<>();
    for (String value : strings(doc, RELATION_STORED)) {
      String[] p = value.split(PART_SEPARATOR, 6);
      relations.add(
          new EntityRelation(
              EntityType.ofKey(p[0]).orElseThrow(),
              p[1],
              EntityType.ofKey(p[2]).orElseThrow(),
              p[3],
              p[4],
              Float.parseFloat(p[5])));
    }
    return new AnnotatedArticle(
        fromSolr(doc), sentences, mentions(doc), relations, strings(doc, MESH_SUGGESTED_UI));
  }

  private static void addOnce(SolrInputDocument doc, String field, String value) {
    Collection<Object> values = doc.getFieldValues(field);
    if (values == null || !values.contains(value)) {
      doc.addField(field, value);
    }
  }

  public static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(String.valueOf(v)));
    return out;
  }

  /** The article's vector as stored, null when it has none. */
  public static float[] vector(SolrDocument doc) {
    Collection<Object> values = doc.getFieldValues(VECTOR);
    if (values == null) {
      return null;
    }
    float[] vector = new float[values.size()];
    int i = 0;
    for (Object v : values) {
      vector[i++] = ((Number) v).floatValue();
    }
    return vector;
  }

  private static void setIfPresent(SolrInputDocument doc, String field, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      doc.setField(field, value);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
