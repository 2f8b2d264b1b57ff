package org.litfacets.mesh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the tab-separated MeSH tables (descriptor terms, tree numbers, pharmacological actions) as
 * converted from jaytimm/mesh-resources; columns are found by header name so that column order may
 * change.
 */
final class MeshTables {
  private MeshTables() {}

  static Map<String, DescriptorDraft> read(Path folder) throws IOException {
    Map<String, DescriptorDraft> drafts = new LinkedHashMap<>();
    readTable(
        find(folder, "descriptor_terms", true),
        row -> {
          DescriptorDraft draft =
              drafts.computeIfAbsent(row.get("DescriptorUI"), DescriptorDraft::new);
          if (draft.name == null) {
            draft.name = row.get("DescriptorName");
          }
          String term = row.get("TermName");
          if ("Y".equals(row.get("IsPermutedTermYN"))) {
            draft.permutedTerms.add(term);
          } else {
            draft.entryTerms.add(term);
          }
        });
    readTable(
        find(folder, "tree_numbers", false),
        row -> {
          DescriptorDraft draft = drafts.get(row.get("DescriptorUI"));
          if (draft != null) {
            draft.treeNumbers.add(row.get("tree_location"));
          }
        });
    readTable(
        find(folder, "pharmacological_actions", false),
        row -> {
          DescriptorDraft draft = drafts.get(row.get("DescriptorUI"));
          if (draft != null) {
            draft.pharmacologicalActionUis.add(row.get("PharmActionUI"));
          }
        });
    return drafts;
  }

  private static Path find(Path folder, String infix, boolean required) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + infix + ".tsv*")) {
      for (Path file : files) {
        return file;
      }
    }
    if (required) {
      throw new IllegalArgumentException("no *" + infix + ".tsv or .tsv.gz table in " + folder);
    }
    return null;
  }

  /** A table row addressed by column name. */
  interface Row {
    String get(String column);
  }

  private static void readTable(Path file, Consumer<Row> sink) throws IOException {
    if (file == null) {
      return;
    }
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String header = reader.readLine();
      if (header == null) {
        throw new IllegalArgumentException(file + " is empty");
      }
      List<String> columns = Arrays.asList(header.split("\t", -1));
      String[][] current = new String[1][];
      Row row =
          column -> {
            int i = columns.indexOf(column);
            if (i < 0) {
              throw new IllegalArgumentException(
                  file + " has no column " + column + " (has " + columns + ")");
            }
            return i < current[0].length ? current[0][i] : "";
          };
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          current[0] = line.split("\t", -1);
          sink.accept(row);
        }
      }
    }
  }
}
