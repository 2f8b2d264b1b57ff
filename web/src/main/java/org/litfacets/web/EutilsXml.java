package org.litfacets.web;

import java.io.OutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.MeshHeading;

/**
 * E-utilities answers in NCBI's XML. The DOCTYPEs name DTDs by the system ids NCBI uses and that
 * Biopython ships (Bio/Entrez/DTDs: esearch.dtd, pubmed_190101.dtd), because Biopython's
 * Entrez.read validates against the DTD and would otherwise download it.
 */
public final class EutilsXml {
  static final String ESEARCH_DOCTYPE =
      "<!DOCTYPE eSearchResult PUBLIC \"-//NLM//DTD esearch 20060628//EN\" "
          + "\"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd\">";
  static final String PUBMED_DOCTYPE =
      "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January "
          + "2019//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd\">";

  /** How the PubMed reader stores a person: last name, a space, initials ("Doe JA"). */
  private static final Pattern PERSON = Pattern.compile("(.+) ([A-Z]{1,4})");

  private EutilsXml() {}

  /**
   * An {@code eSearchResult}; with {@code ids} null, the count alone (rettype=count).
   *
   * @param translation the search as litfacets read it, in PubMed syntax
   */
  static void esearch(
      OutputStream out, long count, int retstart, List<String> ids, String translation)
      throws XMLStreamException {
    XMLStreamWriter xml = start(out, ESEARCH_DOCTYPE);
    xml.writeStartElement("eSearchResult");
    element(xml, "Count", Long.toString(count));
    if (ids != null) {
      element(xml, "RetMax", Integer.toString(ids.size()));
      element(xml, "RetStart", Integer.toString(retstart));
      xml.writeStartElement("IdList");
      for (String id : ids) {
        element(xml, "Id", id);
      }
      xml.writeEndElement();
      xml.writeEmptyElement("TranslationSet");
      element(xml, "QueryTranslation", translation);
    }
    xml.writeEndElement();
    end(xml);
  }

  /** A {@code PubmedArticleSet} of the stored records, in the elements and order of NLM's DTD. */
  public static void articles(OutputStream out, List<Article> articles) throws XMLStreamException {
    XMLStreamWriter xml = start(out, PUBMED_DOCTYPE);
    xml.writeStartElement("PubmedArticleSet");
    for (Article a : articles) {
      xml.writeStartElement("PubmedArticle");
      xml.writeStartElement("MedlineCitation");
      xml.writeAttribute("Status", "MEDLINE");
      xml.writeAttribute("Owner", "NLM");
      element(xml, "PMID", a.pmid(), "Version", "1");
      article(xml, a);
      xml.writeStartElement("MedlineJournalInfo");
      element(
          xml,
          "MedlineTA",
          a.journalAbbrev() != null ? a.journalAbbrev() : nullToEmpty(a.journal()));
      xml.writeEndElement();
      meshHeadings(xml, a.meshHeadings());
      if (!a.keywords().isEmpty()) {
        xml.writeStartElement("KeywordList");
        xml.writeAttribute("Owner", "NOTNLM");
        for (String k : a.keywords()) {
          element(xml, "Keyword", k, "MajorTopicYN", "N");
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeStartElement("PubmedData");
      xml.writeStartElement("ArticleIdList");
      element(xml, "ArticleId", a.pmid(), "IdType", "pubmed");
      if (a.doi() != null) {
        element(xml, "ArticleId", a.doi(), "IdType", "doi");
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    end(xml);
  }

  private static void article(XMLStreamWriter xml, Article a) throws XMLStreamException {
    xml.writeStartElement("Article");
    xml.writeAttribute("PubModel", "Print");
    xml.writeStartElement("Journal");
    xml.writeStartElement("JournalIssue");
    xml.writeAttribute("CitedMedium", "Print");
    xml.writeStartElement("PubDate");
    if (a.year() != null) {
      element(xml, "Year", a.year().toString());
    } else if (a.pubDate() != null) {
      element(xml, "MedlineDate", a.pubDate());
    }
    xml.writeEndElement();
    xml.writeEndElement();
    element(xml, "Title", nullToEmpty(a.journal()));
    if (a.journalAbbrev() != null) {
      element(xml, "ISOAbbreviation", a.journalAbbrev());
    }
    xml.writeEndElement();
    element(xml, "ArticleTitle", nullToEmpty(a.title()));
    if (a.doi() != null) {
      element(xml, "ELocationID", a.doi(), "EIdType", "doi", "ValidYN", "Y");
    }
    if (a.hasAbstract()) {
      xml.writeStartElement("Abstract");
      for (AbstractSection s : a.sections()) {
        xml.writeStartElement("AbstractText");
        if (s.label() != null) {
          xml.writeAttribute("Label", s.label());
        }
        if (s.category() != null) {
          xml.writeAttribute("NlmCategory", s.category());
        }
        xml.writeCharacters(s.text());
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    if (!a.authors().isEmpty()) {
      xml.writeStartElement("AuthorList");
      xml.writeAttribute("CompleteYN", "Y");
      for (String author : a.authors()) {
        xml.writeStartElement("Author");
        xml.writeAttribute("ValidYN", "Y");
        Matcher person = PERSON.matcher(author);
        if (person.matches()) {
          element(xml, "LastName", person.group(1));
          element(xml, "Initials", person.group(2));
        } else {
          // Group authors, and people stored without initials, are given as written.
          element(xml, "CollectiveName", author);
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    for (String language : a.languages()) {
      element(xml, "Language", language);
    }
    xml.writeStartElement("PublicationTypeList");
    for (String type : a.publicationTypes()) {
      element(xml, "PublicationType", type);
    }
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /**
   * The index keeps one major-topic flag per heading (set when the heading or a qualifier is
   * major): on the name.
   */
  private static void meshHeadings(XMLStreamWriter xml, List<MeshHeading> headings)
      throws XMLStreamException {
    if (headings.isEmpty()) {
      return;
    }
    xml.writeStartElement("MeshHeadingList");
    for (MeshHeading h : headings) {
      xml.writeStartElement("MeshHeading");
      xml.writeStartElement("DescriptorName");
      if (h.ui() != null) {
        xml.writeAttribute("UI", h.ui());
      }
      xml.writeAttribute("MajorTopicYN", h.major() ? "Y" : "N");
      xml.writeCharacters(h.name());
      xml.writeEndElement();
      for (String qualifier : h.qualifiers()) {
        element(xml, "QualifierName", qualifier, "MajorTopicYN", "N");
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static XMLStreamWriter start(OutputStream out, String doctype) throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeDTD(doctype);
    xml.writeCharacters("\n");
    return xml;
  }

  private static void end(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }

  /** An element with text and attributes given as name, value, name, value... */
  private static void element(XMLStreamWriter xml, String name, String text, String... attributes)
      throws XMLStreamException {
    xml.writeStartElement(name);
    for (int i = 0; i < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
