package org.litfacets.relation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityIds;
import org.litfacets.entity.EntityPair;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;
import org.litfacets.pubtator.PubtatorRelation;
import org.litfacets.sentence.SentenceSplitter;
import org.litfacets.sentence.Span;

/**
 * An abstract of a relation corpus (BioRED, BC5CDR) as the extractor reads it: text, sentences and
 * entity mentions with canonical identifiers ({@link EntityIds}), and the gold relation of each
 * related pair, named as the corpus names it ("Association", "CID", ...).
 */
public record GoldAbstract(
    String pmid,
    String text,
    List<Span> sentences,
    List<EntityMention> mentions,
    Map<EntityPair, String> relations) {

  public GoldAbstract {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    relations = Map.copyOf(relations);
  }

  public static List<GoldAbstract> read(Path pubtatorFile) {
    SentenceSplitter splitter = new SentenceSplitter();
    return PubtatorReader.read(pubtatorFile).stream().map(d -> of(d, splitter)).toList();
  }

  public static GoldAbstract of(PubtatorDocument document, SentenceSplitter splitter) {
    List<EntityMention> mentions = new ArrayList<>();
    // Relation lines name entities by the corpus's ids, without their type; a composite mention's
    // whole id
    // ("D017180|D014693" for "ventricular tachycardia and fibrillation") names each of its
    // entities.
    Map<String, List<Entity>> named = new HashMap<>();
    for (PubtatorAnnotation a : document.annotations()) {
      Optional<EntityType> type = EntityType.fromCorpusType(a.type());
      if (type.isEmpty()) {
        continue;
      }
      List<Entity> entities = new ArrayList<>();
      for (String id : a.ids()) {
        String canonical = EntityIds.canonical(type.get(), id);
        if (canonical != null) {
          mentions.add(new EntityMention(a.start(), a.end(), type.get(), canonical, null));
          entities.add(new Entity(type.get(), canonical));
          named.putIfAbsent(id, List.of(new Entity(type.get(), canonical)));
        }
      }
      named.putIfAbsent(a.id(), entities);
    }
    Map<EntityPair, String> relations = new LinkedHashMap<>();
    for (PubtatorRelation r : document.relations()) {
      if (r.arguments().size() < 2) {
        continue;
      }
      List<Entity> first = named.get(r.arguments().get(0));
      List<Entity> second = named.get(r.arguments().get(1));
      if (first == null || second == null) {
        throw new IllegalArgumentException(
            "relation "
                + r
                + " of "
                + document.pmid()
                + " names an entity that no mention of the abstract has");
      }
      for (Entity a : first) {
        for (Entity b : second) {
          relations.put(EntityPair.of(a.type(), a.id(), b.type(), b.id()), r.type());
        }
      }
    }
    return new GoldAbstract(
        document.pmid(),
        document.text(),
        splitter.split(document.title(), document.abstractText()),
        mentions,
        relations);
  }

  /** An entity that a relation line can name. */
  private record Entity(EntityType type, String id) {}
}
