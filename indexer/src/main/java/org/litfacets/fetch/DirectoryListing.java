package org.litfacets.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PubMed files out of an Apache-style HTML index page, the form NLM serves its PubMed
 * folders in. Only links are used, not the table text, so column layout changes on NLM's side do
 * not matter.
 */
public final class DirectoryListing {

  private static final Pattern HREF =
      Pattern.compile("href\\s*=\\s*[\"']([^\"'#?]+)[\"']", Pattern.CASE_INSENSITIVE);

  /** pubmed25n0001.xml.gz: year of the release, then the file's sequence number. */
  private static final Pattern PUBMED_FILE = Pattern.compile("pubmed\\d{2}n(\\d{4,})\\.xml\\.gz");

  private static final String MD5_SUFFIX = ".md5";

  private DirectoryListing() {}

  /**
   * @param folder the URL the page was served from; links are resolved against it
   * @param html the index page
   * @return the PubMed XML files, ordered by sequence number, each with its md5 link when the page
   *     lists one
   */
  public static List<RemoteFile> parse(URI folder, String html) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      String link = m.group(1);
      // Links may be absolute paths or full URLs; the file name is the last segment either way.
      String name = link.substring(link.lastIndexOf('/') + 1);
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    List<RemoteFile> files = new ArrayList<>();
    for (String name : names) {
      if (PUBMED_FILE.matcher(name).matches()) {
        URI md5 = names.contains(name + MD5_SUFFIX) ? folder.resolve(name + MD5_SUFFIX) : null;
        files.add(new RemoteFile(name, folder.resolve(name), md5));
      }
    }
    files.sort(Comparator.comparingInt(f -> sequenceNumber(f.name())));
    return files;
  }

  /**
   * The sequence number in a PubMed file name (pubmed25n0042.xml.gz → 42), or -1 for another name.
   */
  public static int sequenceNumber(String name) {
    Matcher m = PUBMED_FILE.matcher(name);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }
}
