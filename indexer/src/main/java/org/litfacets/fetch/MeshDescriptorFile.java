package org.litfacets.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a downloaded MeSH descriptor file ({@code descYYYY.xml}). NLM publishes no checksum for
 * it, so the check is that the whole file is well-formed XML with a {@code DescriptorRecordSet}
 * root: a truncated or HTML error page download fails it.
 */
public final class MeshDescriptorFile implements FileDownloader.ContentCheck {

  static final String ROOT = "DescriptorRecordSet";
  private static final String RECORD = "DescriptorRecord";

  /**
   * @return e.g. "30,956 descriptors, 307.4 MB"
   */
  @Override
  public String verify(Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // The file names NLM's DTD by URL; reading it would mean a network call per check.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    long descriptors = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      int depth = 0;
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth == 1 && !ROOT.equals(xml.getLocalName())) {
            throw new FetchException(
                file.getFileName()
                    + " is not a MeSH descriptor file: its root is <"
                    + xml.getLocalName()
                    + ">, expected <"
                    + ROOT
                    + ">");
          }
          if (depth == 2 && RECORD.equals(xml.getLocalName())) {
            descriptors++;
          }
        } else if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
      throw new FetchException(
          file.getFileName()
              + " is not well-formed XML"
              + where
              + " (truncated or not a MeSH file): "
              + e.getMessage(),
          e);
    }
    if (descriptors == 0) {
      throw new FetchException(file.getFileName() + " holds no <" + RECORD + "> at all");
    }
    return String.format(
        "%,d descriptors, %s", descriptors, FetchReport.humanSize(Files.size(file)));
  }
}
