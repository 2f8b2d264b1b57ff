package org.litfacets.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexProgress;

/**
 * The indexing progress bar on the terminal: share of input read, documents indexed, rate and time left. It redraws one
 * line; the caller ends the line when the run is over.
 */
final class ConsoleIndexProgress implements IndexProgress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;
  private final PrintStream out;
  private final long start = System.nanoTime();
  private long lastDraw;

  ConsoleIndexProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void update(long bytesDone, long bytesTotal, IndexCounters counters) {
    long now = System.nanoTime();
    boolean finished = bytesDone >= bytesTotal;
    if (!finished && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double fraction = bytesTotal == 0 ? 1 : Math.min(1, (double) bytesDone / bytesTotal);
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    int filled = (int) Math.round(WIDTH * fraction);
    String eta = fraction > 0 && !finished ? " ETA " + duration(seconds / fraction - seconds) : "";
    out.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %,d indexed  %,.0f docs/s%s   ", "#".repeat(filled),
        " ".repeat(WIDTH - filled), 100 * fraction, counters.indexed(), counters.indexed() / seconds, eta);
    out.flush();
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
