package org.litfacets.mesh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams NLM's descriptor file (descYYYY.xml, optionally gzipped) with StAX: the full file is
 * about 300 MB, so it is never held as a tree. Elements are recognised by their path because
 * DescriptorUI and String recur in many places (related descriptors, qualifiers, concepts).
 */
final class MeshXml {
  private MeshXml() {}

  static Map<String, DescriptorDraft> read(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // NLM's files name a DTD by URL; nothing may be fetched, and the DTD adds no data we use.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Map<String, DescriptorDraft> drafts = new LinkedHashMap<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
      Deque<String> path = new ArrayDeque<>();
      DescriptorDraft draft = null;
      boolean permuted = false;
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          String element = xml.getLocalName();
          path.push(element);
          text.setLength(0);
          if (element.equals("Term")) {
            permuted = "Y".equals(xml.getAttributeValue(null, "IsPermutedTermYN"));
          }
        } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamReader.END_ELEMENT) {
          String element = path.pop();
          String parent = path.peek();
          String value = text.toString().trim();
          if (element.equals("DescriptorUI") && "DescriptorRecord".equals(parent)) {
            draft = drafts.computeIfAbsent(value, DescriptorDraft::new);
          } else if (draft != null
              && element.equals("String")
              && "DescriptorName".equals(parent)
              && path.size() >= 2
              && "DescriptorRecord".equals(secondFromTop(path))) {
            draft.name = value;
          } else if (draft != null && element.equals("TreeNumber")) {
            draft.treeNumbers.add(value);
          } else if (draft != null && element.equals("String") && "Term".equals(parent)) {
            (permuted ? draft.permutedTerms : draft.entryTerms).add(value);
          } else if (draft != null
              && element.equals("DescriptorUI")
              && "DescriptorReferredTo".equals(parent)
              && "PharmacologicalAction".equals(secondFromTop(path))) {
            draft.pharmacologicalActionUis.add(value);
          } else if (element.equals("DescriptorRecord")) {
            draft = null;
          }
          text.setLength(0);
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalArgumentException(
          file + " is not a readable MeSH descriptor XML file: " + e.getMessage(), e);
    }
    return drafts;
  }

  private static String secondFromTop(Deque<String> path) {
    var it = path.iterator();
    it.next();
    return it.hasNext() ? it.next() : null;
  }
}
