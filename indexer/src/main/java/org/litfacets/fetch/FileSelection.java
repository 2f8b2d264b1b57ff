package org.litfacets.fetch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which of the listed PubMed files to fetch: by sequence number ({@code 1-10}, {@code 3}, {@code
 * 1-5,9}), by glob on the file name ({@code pubmed25n00*.xml.gz}), or all; then at most {@code
 * limit} of them, lowest numbers first.
 */
public final class FileSelection {

  private final String spec;
  private final Predicate<String> accepts;
  private final int limit;

  private FileSelection(String spec, Predicate<String> accepts, int limit) {
    this.spec = spec;
    this.accepts = accepts;
    this.limit = limit;
  }

  public static FileSelection all() {
    return new FileSelection("all", name -> true, Integer.MAX_VALUE);
  }

  /**
   * @param spec null/blank/"all" for every file, a comma-separated list of numbers and ranges, or a
   *     glob
   * @throws IllegalArgumentException when a range is malformed or backwards
   */
  public static FileSelection parse(String spec) {
    if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("all")) {
      return all();
    }
    String s = spec.strip();
    if (s.matches("[0-9,\\-\\s]+")) {
      return new FileSelection(s, numbers(s), Integer.MAX_VALUE);
    }
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + s);
    return new FileSelection(s, name -> glob.matches(Path.of(name)), Integer.MAX_VALUE);
  }

  /** The same selection, keeping only the first {@code limit} files. */
  public FileSelection limit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    return new FileSelection(spec, accepts, limit);
  }

  /**
   * @param files in listing order (ascending sequence number)
   */
  public List<RemoteFile> apply(List<RemoteFile> files) {
    List<RemoteFile> chosen = new ArrayList<>();
    for (RemoteFile f : files) {
      if (chosen.size() >= limit) {
        break;
      }
      if (accepts.test(f.name())) {
        chosen.add(f);
      }
    }
    return chosen;
  }

  @Override
  public String toString() {
    return limit == Integer.MAX_VALUE ? spec : spec + " (first " + limit + ")";
  }

  private static Predicate<String> numbers(String spec) {
    Predicate<Integer> wanted = n -> false;
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String[] bounds = p.split("-", -1);
      if (bounds.length > 2 || bounds[0].isBlank() || bounds[bounds.length - 1].isBlank()) {
        throw new IllegalArgumentException(
            "bad file range '" + p + "': use a number like 7 or a range like 1-10");
      }
      int from = Integer.parseInt(bounds[0].strip());
      int to = Integer.parseInt(bounds[bounds.length - 1].strip());
      if (to < from) {
        throw new IllegalArgumentException(
            "bad file range '" + p + "': the end is below the start");
      }
      Predicate<Integer> previous = wanted;
      wanted = n -> previous.test(n) || (n >= from && n <= to);
    }
    Predicate<Integer> chosen = wanted;
    return name -> chosen.test(DirectoryListing.sequenceNumber(name));
  }
}
