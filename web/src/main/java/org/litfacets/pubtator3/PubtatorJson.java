package org.litfacets.pubtator3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.litfacets.search.EntityService;
import org.litfacets.search.NamedEntity;
import org.litfacets.store.EntityValues;

/**
 * The JSON of PubTator 3.0's entity autocomplete, search and relations answers, field for field
 * where litfacets has the value; a field it cannot fill is left out rather than made up.
 */
public final class PubtatorJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PubtatorJson() {}

  /**
   * {@code [{"_id": "@CHEMICAL_Doxorubicin", "biotype": "chemical", "db_id": "D004317", "db":
   * "ncbi_mesh", "name": "Doxorubicin", "match": "Matched on name <m>Doxorubicin</m>"}, ...]}
   */
  public static ArrayNode autocomplete(List<EntityService.Match> matches) {
    ArrayNode out = JSON.arrayNode();
    for (EntityService.Match m : matches) {
      ObjectNode row = out.addObject();
      row.put("_id", PubtatorIds.accession(m.type(), m.name()));
      row.put("biotype", PubtatorIds.biotype(m.type()));
      row.put("db_id", PubtatorIds.databaseId(m.type(), m.id()));
      row.put("db", PubtatorIds.database(m.type(), m.id()));
      row.put("name", m.name());
      boolean byName = EntityValues.form(m.matched()).equals(EntityValues.form(m.name()));
      row.put(
          "match",
          byName
              ? "Matched on name <m>" + m.name() + "</m>"
              : "Matched on synonyms <m>" + m.matched() + "</m>");
    }
    return out;
  }

  /**
   * {@code {"results": [{"_id": "81000001", "pmid": 81000001, "title", "journal", "authors",
   * "date", "text_hl"}, ...], "count", "total_pages", "current", "page_size", "facets": {field:
   * {value: articles}}}}
   */
  public static ObjectNode search(PubtatorSearch.Page page) {
    ObjectNode out = JSON.objectNode();
    ArrayNode results = out.putArray("results");
    for (PubtatorSearch.Hit hit : page.hits()) {
      ObjectNode row = results.addObject();
      row.put("_id", hit.pmid());
      row.put("pmid", Long.parseLong(hit.pmid()));
      row.put("title", hit.title());
      if (hit.journal() != null) {
        row.put("journal", hit.journal());
      }
      if (hit.authors() != null) {
        ArrayNode authors = row.putArray("authors");
        hit.authors().forEach(authors::add);
      }
      if (hit.year() != null) {
        // Hits carry the year only; PubTator's date is a timestamp, so the year's first day stands
        // for it.
        row.put("date", hit.year() + "-01-01T00:00:00Z");
      }
      if (hit.textHl() != null) {
        row.put("text_hl", hit.textHl());
      }
    }
    out.put("count", page.count());
    out.put("total_pages", page.totalPages());
    out.put("current", page.current());
    out.put("page_size", PubtatorSearch.PAGE_SIZE);
    ObjectNode facets = out.putObject("facets");
    page.facets()
        .forEach(
            (field, values) -> {
              ObjectNode counts = facets.putObject(field);
              values.forEach(counts::put);
            });
    return out;
  }

  /**
   * {@code [{"source": "@CHEMICAL_Doxorubicin", "target": "@DISEASE_Cardiotoxicity", "type":
   * "cause", "publications": 2}]}
   */
  public static ArrayNode relations(List<PubtatorRelations.Row> rows) {
    ArrayNode out = JSON.arrayNode();
    for (PubtatorRelations.Row r : rows) {
      ObjectNode row = out.addObject();
      row.put("source", accession(r.source()));
      row.put("target", accession(r.target()));
      row.put("type", r.type());
      row.put("publications", r.publications());
    }
    return out;
  }

  private static String accession(NamedEntity entity) {
    return PubtatorIds.accession(entity.type(), entity.name());
  }
}
