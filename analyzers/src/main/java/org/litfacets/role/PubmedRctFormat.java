package org.litfacets.role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litfacets.article.Role;

/**
 * Reader of the PubMed 200k/20k RCT format: a {@code ###PMID} line, then one {@code
 * LABEL<TAB>sentence} line per sentence, abstracts separated by blank lines.
 */
public final class PubmedRctFormat {

  private PubmedRctFormat() {}

  /**
   * True when the file starts like a PubMed-RCT file (its first non-blank line is {@code ###id}).
   */
  public static boolean looksLike(Path file) {
    return RoleFiles.firstLineStartsWith(file, "###");
  }

  public static List<LabelledAbstract> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PubMed-RCT file " + file, e);
    }
  }

  static List<LabelledAbstract> read(BufferedReader in, String source) throws IOException {
    List<LabelledAbstract> abstracts = new ArrayList<>();
    String id = null;
    List<String> sentences = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("###")) {
        if (id != null && !sentences.isEmpty()) {
          abstracts.add(new LabelledAbstract(id, sentences, roles));
        }
        id = line.substring(3).trim();
        sentences = new ArrayList<>();
        roles = new ArrayList<>();
        continue;
      }
      int tab = line.indexOf('\t');
      if (id == null || tab < 0) {
        throw new IllegalArgumentException(
            source
                + ":"
                + lineNo
                + ": expected '###id' or 'LABEL<TAB>sentence', got '"
                + abbreviate(line)
                + "'");
      }
      String label = line.substring(0, tab);
      String where = source + ":" + lineNo;
      Role role =
          Role.ofLabel(label)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(where + ": unknown role label '" + label + "'"));
      sentences.add(line.substring(tab + 1).trim());
      roles.add(role);
    }
    if (id != null && !sentences.isEmpty()) {
      abstracts.add(new LabelledAbstract(id, sentences, roles));
    }
    return abstracts;
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "...";
  }
}
