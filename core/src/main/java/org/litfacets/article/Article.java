package org.litfacets.article;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A PubMed citation as litfacets keeps it: the stable document model that readers produce,
 * enrichers extend and the web shows.
 *
 * @param year publication year, or null when PubMed gives none that can be read
 */
public record Article(
    String pmid,
    String title,
    List<AbstractSection> sections,
    String journal,
    String journalAbbrev,
    Integer year,
    String pubDate,
    List<String> authors,
    List<String> languages,
    List<String> publicationTypes,
    List<String> keywords,
    List<MeshHeading> meshHeadings,
    String doi) {

  public Article {
    sections = List.copyOf(sections);
    authors = List.copyOf(authors);
    languages = List.copyOf(languages);
    publicationTypes = List.copyOf(publicationTypes);
    keywords = List.copyOf(keywords);
    meshHeadings = List.copyOf(meshHeadings);
  }

  /**
   * An article that is only a title and an abstract, as annotated corpora and test fixtures give
   * one: no journal, date, authors, keywords or headings.
   */
  public static Article ofText(String pmid, String title, List<AbstractSection> sections) {
    return new Article(
        pmid, title, sections, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(), null);
  }

  /** This article with other MeSH headings. */
  public Article withMeshHeadings(List<MeshHeading> headings) {
    return new Article(
        pmid,
        title,
        sections,
        journal,
        journalAbbrev,
        year,
        pubDate,
        authors,
        languages,
        publicationTypes,
        keywords,
        headings,
        doi);
  }

  /** The whole abstract as one text, parts separated by a space (labels left out). */
  public String abstractText() {
    return sections.stream().map(AbstractSection::text).collect(Collectors.joining(" "));
  }

  /** Where the title and each abstract part lie in {@link #analysisText()}. */
  public TextLayout layout() {
    return TextLayout.of(title, sections);
  }

  /**
   * The text that analyzers read and whose offsets mentions and sentences use: the title, a space,
   * the abstract (as PubTator lays them out); see {@link TextLayout}.
   */
  public String analysisText() {
    return layout().text();
  }

  public boolean hasAbstract() {
    return sections.stream().anyMatch(s -> !s.text().isBlank());
  }

  /** True when PubMed split the abstract into labelled parts (BACKGROUND, METHODS, ...). */
  public boolean isStructured() {
    return sections.stream().anyMatch(s -> s.label() != null);
  }
}
