package org.litfacets.pubmed;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.MeshHeading;

/**
 * Parses the XML of one PubMed record (PubmedArticle, PubmedBookArticle, MedlineCitation or
 * DeleteCitation) into a {@link PubmedRecord}.
 */
final class CitationParser {
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern PMID_IN_TEXT = Pattern.compile("<PMID[^>]*>\\s*(\\d+)");
  private static final XMLInputFactory FACTORY = newFactory();

  /**
   * Longest title read. PubMed's longest titles have about a thousand characters; a far longer one
   * is a broken record, and would cost the enrichment minutes.
   */
  static final int MAX_TITLE_CHARS = 10_000;

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // Records are parsed as fragments: no DTD, no external entities, no network.
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  PubmedRecord parse(String xml) {
    if (xml.indexOf(PubmedXmlReader.UNDECODABLE) >= 0) {
      return new PubmedRecord.Malformed(
          pmidOf(xml),
          "bytes that are not valid in the file's encoding (UTF-8 unless its XML declaration"
              + " names another): wrong encoding?");
    }
    try {
      return new RecordState().read(FACTORY.createXMLStreamReader(new StringReader(xml)));
    } catch (XMLStreamException e) {
      String where =
          e.getLocation() == null ? "" : " at record line " + e.getLocation().getLineNumber();
      return new PubmedRecord.Malformed(
          pmidOf(xml), "malformed XML" + where + ": " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      return new PubmedRecord.Malformed(pmidOf(xml), "unreadable record: " + e);
    }
  }

  private static String pmidOf(String xml) {
    Matcher m = PMID_IN_TEXT.matcher(xml);
    return m.find() ? m.group(1) : null;
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.lastIndexOf('\n');
    return nl >= 0 ? m.substring(nl + 1).strip() : m;
  }

  static String normalizeSpace(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Everything gathered while walking one record. */
  private static final class RecordState {
    final Deque<String> path = new ArrayDeque<>();
    String rootTag;
    String pmid;
    String title;
    String vernacularTitle;
    final List<AbstractSection> sections = new ArrayList<>();
    String journal;
    String journalAbbrev;
    Integer year;
    String articleDateYear;
    final StringBuilder pubDate = new StringBuilder();
    final List<String> authors = new ArrayList<>();
    String lastName;
    String initials;
    String foreName;
    String collectiveName;
    final List<String> languages = new ArrayList<>();
    final List<String> publicationTypes = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    final List<MeshHeading> headings = new ArrayList<>();
    String descriptorUi;
    String descriptorName;
    boolean descriptorMajor;
    final List<String> qualifiers = new ArrayList<>();
    String doi;
    final List<String> deleted = new ArrayList<>();

    PubmedRecord read(XMLStreamReader r) throws XMLStreamException {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          start(r);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(r.getLocalName());
          path.pop();
        }
      }
      return result();
    }

    private void start(XMLStreamReader r) throws XMLStreamException {
      String name = r.getLocalName();
      String parent = path.peek();
      path.push(name);
      if (rootTag == null) {
        rootTag = name;
      }
      switch (name) {
        case "PMID" -> {
          String text = text(r);
          // The record's own PMID: directly under MedlineCitation (or BookDocument), or a
          // DeleteCitation entry.
          if ("DeleteCitation".equals(parent)) {
            deleted.add(text);
          } else if (pmid == null
              && ("MedlineCitation".equals(parent) || "BookDocument".equals(parent))) {
            pmid = text;
          }
        }
        case "ArticleTitle" -> {
          if (inArticle()) {
            title = text(r);
          }
        }
        case "VernacularTitle" -> vernacularTitle = text(r);
        case "AbstractText" -> {
          if ("Abstract".equals(parent) && inArticle()) {
            String label = r.getAttributeValue(null, "Label");
            String category = r.getAttributeValue(null, "NlmCategory");
            String text = text(r);
            if (!text.isEmpty()) {
              sections.add(new AbstractSection(blankToNull(label), blankToNull(category), text));
            }
          }
        }
        case "Title" -> {
          if ("Journal".equals(parent)) {
            journal = text(r);
          }
        }
        case "BookTitle" -> {
          // A book chapter's source plays the journal's part.
          if ("Book".equals(parent)) {
            journal = text(r);
          }
        }
        case "ISOAbbreviation" -> {
          if ("Journal".equals(parent)) {
            journalAbbrev = text(r);
          }
        }
        case "Year", "Month", "Day", "Season" -> {
          if ("PubDate".equals(parent)) {
            String text = text(r);
            appendDate(text);
            if (name.equals("Year")) {
              year = parseYear(text);
            }
          } else if ("ArticleDate".equals(parent) && name.equals("Year")) {
            articleDateYear = text(r);
          }
        }
        case "MedlineDate" -> {
          if ("PubDate".equals(parent)) {
            String text = text(r);
            appendDate(text);
            year = parseYear(text);
          }
        }
        case "Author" -> {
          lastName = null;
          initials = null;
          foreName = null;
          collectiveName = null;
        }
        case "LastName" -> lastName = text(r);
        case "Initials" -> initials = text(r);
        case "ForeName" -> foreName = text(r);
        case "CollectiveName" -> collectiveName = text(r);
        case "Language" -> languages.add(text(r));
        case "PublicationType" -> publicationTypes.add(text(r));
        case "Keyword" -> {
          String k = text(r);
          if (!k.isEmpty()) {
            keywords.add(k);
          }
        }
        case "MeshHeading" -> {
          descriptorUi = null;
          descriptorName = null;
          descriptorMajor = false;
          qualifiers.clear();
        }
        case "DescriptorName" -> {
          descriptorUi = blankToNull(r.getAttributeValue(null, "UI"));
          descriptorMajor = "Y".equals(r.getAttributeValue(null, "MajorTopicYN"));
          descriptorName = text(r);
        }
        case "QualifierName" -> {
          descriptorMajor |= "Y".equals(r.getAttributeValue(null, "MajorTopicYN"));
          qualifiers.add(text(r));
        }
        case "ELocationID" -> {
          if ("doi".equals(r.getAttributeValue(null, "EIdType")) && doi == null) {
            doi = text(r);
          }
        }
        case "ArticleId" -> {
          if ("doi".equals(r.getAttributeValue(null, "IdType"))
              && doi == null
              && "ArticleIdList".equals(parent)
              && path.contains("PubmedData")) {
            doi = text(r);
          }
        }
        default -> {}
      }
    }

    private void end(String name) {
      switch (name) {
        case "Author" -> {
          if (collectiveName != null) {
            authors.add(collectiveName);
          } else if (lastName != null) {
            String given = initials != null ? initials : foreName;
            authors.add(given == null ? lastName : lastName + " " + given);
          }
        }
        case "MeshHeading" -> {
          if (descriptorName != null) {
            headings.add(
                new MeshHeading(descriptorUi, descriptorName, descriptorMajor, qualifiers));
          }
        }
        default -> {}
      }
    }

    private boolean inArticle() {
      return path.contains("Article") || path.contains("BookDocument");
    }

    private void appendDate(String part) {
      if (pubDate.length() > 0) {
        pubDate.append(' ');
      }
      pubDate.append(part);
    }

    /**
     * Reads an element's whole text, flattening inline markup such as {@code <i>} or {@code <sup>}.
     */
    private String text(XMLStreamReader r) throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      int depth = 1;
      while (depth > 0) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              text.append(r.getText());
          case XMLStreamConstants.START_ELEMENT -> depth++;
          case XMLStreamConstants.END_ELEMENT -> depth--;
          default -> {}
        }
      }
      // The end tag was consumed here, so the walker will not see it.
      end(path.pop());
      return normalizeSpace(text);
    }

    private PubmedRecord result() {
      if ("DeleteCitation".equals(rootTag)) {
        return new PubmedRecord.Deletion(List.copyOf(deleted));
      }
      if (pmid == null || pmid.isBlank()) {
        return new PubmedRecord.Malformed(null, "record without a PMID");
      }
      if (year == null && articleDateYear != null) {
        year = parseYear(articleDateYear);
      }
      String shownTitle = title != null && !title.isEmpty() ? title : vernacularTitle;
      if (shownTitle != null && shownTitle.length() > MAX_TITLE_CHARS) {
        return new PubmedRecord.Malformed(
            pmid,
            String.format(
                "title of %,d characters (at most %,d are read)",
                shownTitle.length(), MAX_TITLE_CHARS));
      }
      return new PubmedRecord.Citation(
          new Article(
              pmid,
              shownTitle,
              sections,
              journal,
              journalAbbrev,
              year,
              pubDate.length() == 0 ? null : pubDate.toString(),
              authors,
              languages,
              publicationTypes,
              keywords,
              headings,
              doi));
    }

    private static Integer parseYear(String text) {
      Matcher m = YEAR.matcher(text);
      return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
