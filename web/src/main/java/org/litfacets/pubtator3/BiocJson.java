package org.litfacets.pubtator3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;
import org.litfacets.store.EntityKey;

/**
 * BioC JSON as PubTator 3.0's {@code publications/export/biocjson} returns it: {@code {"PubTator3":
 * [document...]}}, each document with a title and an abstract passage whose annotations locate
 * mentions by offsets in the whole document (title, a space, abstract), the document's relations
 * (BioRED types, the classifier's probability as {@code score}), and PubTator's extra fields:
 * {@code pmid}, {@code date}, {@code journal}, {@code authors} and {@code relations_display}
 * (PubTator's relation names with the entities' references).
 */
public final class BiocJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private BiocJson() {}

  public static ObjectNode write(List<AnnotatedArticle> articles) {
    ObjectNode root = JSON.objectNode();
    ArrayNode documents = root.putArray("PubTator3");
    articles.forEach(a -> documents.add(document(a)));
    return root;
  }

  private static ObjectNode document(AnnotatedArticle annotated) {
    Article a = annotated.article();
    String title = a.title() == null ? "" : a.title();
    ObjectNode doc = JSON.objectNode();
    // PubTator's document key is "PMID|PMCID", written "None" (Python's null) when the article is
    // not in PMC.
    doc.put("_id", a.pmid() + "|None");
    doc.put("id", a.pmid());
    doc.putObject("infons");
    ArrayNode passages = doc.putArray("passages");
    ObjectNode titleInfons = JSON.objectNode().put("type", "title");
    if (a.journal() != null) {
      titleInfons.put("journal", a.journal());
    }
    if (a.year() != null) {
      titleInfons.put("year", a.year().toString());
    }
    if (!a.authors().isEmpty()) {
      titleInfons.put("authors", String.join(", ", a.authors()));
    }
    ArrayNode titleAnnotations = passage(passages, titleInfons, 0, title);
    int abstractStart = a.layout().abstractStart();
    ArrayNode abstractAnnotations =
        passage(
            passages, JSON.objectNode().put("type", "abstract"), abstractStart, a.abstractText());
    Map<EntityKey, String> names = new HashMap<>();
    String text = a.analysisText();
    int id = 1;
    for (EntityMention m :
        annotated.mentions().stream()
            .sorted(Comparator.comparingInt(EntityMention::start))
            .toList()) {
      String name = m.name() == null ? text.substring(m.start(), m.end()) : m.name();
      names.putIfAbsent(new EntityKey(m.type(), m.id()), name);
      ObjectNode annotation =
          (m.start() < abstractStart ? titleAnnotations : abstractAnnotations).addObject();
      annotation.put("id", Integer.toString(id++));
      ObjectNode infons = entity(annotation.putObject("infons"), m.type(), m.id(), name);
      infons.put("valid", true);
      annotation.put("text", text.substring(m.start(), m.end()));
      ObjectNode location = annotation.putArray("locations").addObject();
      location.put("offset", m.start());
      location.put("length", m.end() - m.start());
    }
    ArrayNode relations = doc.putArray("relations");
    ArrayNode display = JSON.arrayNode();
    int relationId = 1;
    for (EntityRelation r : annotated.relations()) {
      String name1 = names.getOrDefault(new EntityKey(r.type1(), r.id1()), r.id1());
      String name2 = names.getOrDefault(new EntityKey(r.type2(), r.id2()), r.id2());
      ObjectNode relation = relations.addObject();
      relation.put("id", "R" + relationId++);
      ObjectNode infons = relation.putObject("infons");
      infons.put("score", String.format(Locale.ROOT, "%.4f", r.probability()));
      entity(infons.putObject("role1"), r.type1(), r.id1(), name1);
      entity(infons.putObject("role2"), r.type2(), r.id2(), name2);
      infons.put("type", r.relationType());
      relation.putArray("nodes");
      display
          .addObject()
          .put(
              "name",
              String.join(
                  "|",
                  RelationTypes.pubtatorName(r.relationType(), r.type1(), r.type2()),
                  PubtatorIds.accession(r.type1(), name1),
                  PubtatorIds.accession(r.type2(), name2)));
    }
    doc.put("pmid", Long.parseLong(a.pmid()));
    doc.putNull("pmcid");
    doc.putObject("meta");
    if (a.year() == null) {
      doc.putNull("date");
    } else {
      // Articles keep the year only; PubTator's date is a timestamp, so the year's first day stands
      // for it.
      doc.put("date", a.year() + "-01-01T00:00:00Z");
    }
    if (a.journal() != null) {
      doc.put("journal", a.journal());
    }
    ArrayNode authors = doc.putArray("authors");
    a.authors().forEach(authors::add);
    doc.set("relations_display", display);
    return doc;
  }

  /** Adds a passage; returns its annotations, to be filled. */
  private static ArrayNode passage(ArrayNode passages, ObjectNode infons, int offset, String text) {
    ObjectNode passage = passages.addObject();
    passage.set("infons", infons);
    passage.put("offset", offset);
    passage.put("text", text);
    passage.putArray("sentences");
    ArrayNode annotations = passage.putArray("annotations");
    passage.putArray("relations");
    return annotations;
  }

  /** What PubTator says of an entity in annotation and relation infons. */
  private static ObjectNode entity(ObjectNode infons, EntityType type, String id, String name) {
    infons.put("identifier", PubtatorIds.identifier(type, id));
    infons.put("type", type.pubtatorName());
    infons.put("database", PubtatorIds.database(type, id));
    infons.put("biotype", PubtatorIds.biotype(type));
    infons.put("name", name);
    infons.put("accession", PubtatorIds.accession(type, name));
    return infons;
  }
}
