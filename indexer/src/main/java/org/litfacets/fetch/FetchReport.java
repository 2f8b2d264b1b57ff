package org.litfacets.fetch;

import java.util.List;
import java.util.Locale;

/** The outcome of a fetch as the CLI prints it. */
public record FetchReport(List<FetchResult> results) {

  public FetchReport {
    results = List.copyOf(results);
  }

  public long count(FetchResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  public boolean anyFailed() {
    return count(FetchResult.Status.FAILED) > 0;
  }

  /** One line per failure with its reason, then a summary line. */
  public String report() {
    StringBuilder out = new StringBuilder();
    long bytes = 0;
    for (FetchResult r : results) {
      if (r.failed()) {
        out.append("FAILED ").append(r.name()).append(": ").append(r.detail()).append('\n');
      } else if (r.status() == FetchResult.Status.DOWNLOADED) {
        bytes += r.bytes();
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d downloaded (%s), %d already present, %d failed%n",
            count(FetchResult.Status.DOWNLOADED),
            humanSize(bytes),
            count(FetchResult.Status.ALREADY_PRESENT),
            count(FetchResult.Status.FAILED)));
    return out.toString();
  }

  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
