package org.litfacets.pubmedqa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.MeshHeading;
import org.litfacets.article.Role;

/**
 * PubMedQA's {@code ori_pqal.json} as articles, the one reader of that format. It has no title:
 * QUESTION, which its authors derived from the title, stands in for it. CONTEXTS are the abstract
 * parts with their structured-abstract headings in LABELS, and LONG_ANSWER is the abstract's
 * conclusion. MESHES holds heading names without UIs; they become headings without UIs, looked up
 * by name like those of old MEDLINE files.
 */
public final class PubmedQaReader {
  private PubmedQaReader() {}

  public static List<Article> read(Path json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PubMedQA file " + json, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(json + ": expected PubMedQA's JSON object keyed by PMID");
    }
    List<Article> articles = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> record = it.next();
      articles.add(article(json, record.getKey(), record.getValue()));
    }
    return articles;
  }

  private static Article article(Path json, String pmid, JsonNode record) {
    JsonNode contexts = record.path("CONTEXTS");
    JsonNode labels = record.path("LABELS");
    if (!contexts.isArray() || !labels.isArray() || contexts.size() != labels.size()) {
      throw new IllegalArgumentException(
          json
              + ": PubMedQA record "
              + pmid
              + ": CONTEXTS and LABELS must be arrays of equal length");
    }
    List<AbstractSection> sections = new ArrayList<>();
    for (int i = 0; i < contexts.size(); i++) {
      sections.add(new AbstractSection(labels.get(i).asText(), null, contexts.get(i).asText()));
    }
    String conclusion = record.path("LONG_ANSWER").asText("");
    if (!conclusion.isBlank()) {
      sections.add(
          new AbstractSection(Role.CONCLUSIONS.name(), Role.CONCLUSIONS.name(), conclusion));
    }
    List<MeshHeading> headings = new ArrayList<>();
    for (JsonNode name : record.path("MESHES")) {
      headings.add(new MeshHeading(null, name.asText(), false, List.of()));
    }
    String year = record.path("YEAR").asText("");
    return new Article(
        pmid,
        record.path("QUESTION").asText(null),
        sections,
        null,
        null,
        year.matches("\\d{4}") ? Integer.valueOf(year) : null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        headings,
        null);
  }
}
