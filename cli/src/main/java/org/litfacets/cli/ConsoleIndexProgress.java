package org.litfacets.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.litfacets.indexing.IndexCounters;
import org.litfacets.indexing.IndexProgress;
import org.litfacets.progress.ProgressLine;

/**
 * The indexing progress bar on the terminal: share of input read, documents indexed, rate, the
 * stage that limits the rate, and time left. It redraws one line; the caller ends the line when the
 * run is over.
 */
final class ConsoleIndexProgress implements IndexProgress {
  private final ProgressLine line;
  private final long start = System.nanoTime();

  ConsoleIndexProgress(PrintStream out) {
    this.line = new ProgressLine(out);
  }

  @Override
  public synchronized void update(long bytesDone, long bytesTotal, IndexCounters counters) {
    // Input read runs ahead of the batches being enriched: scale it by the share of the records
    // read that are through (indexed, skipped or failed).
    long through = counters.indexed() + counters.skippedTotal() + counters.failedTotal();
    double readFraction = bytesTotal == 0 ? 1 : Math.min(1, (double) bytesDone / bytesTotal);
    double fraction =
        counters.read() == 0
            ? readFraction
            : readFraction * Math.min(1, (double) through / counters.read());
    boolean finished = bytesDone >= bytesTotal && through >= counters.read();
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
    String eta =
        fraction > 0 && !finished
            ? " ETA " + ProgressLine.duration(seconds / fraction - seconds)
            : "";
    String limit = counters.limitingStage();
    line.draw(
        String.format(
            Locale.ROOT,
            "%s %3.0f%%  %,d indexed  %,.0f docs/s%s%s",
            ProgressLine.bar(fraction),
            100 * fraction,
            counters.indexed(),
            counters.indexed() / seconds,
            limit.isEmpty() ? "" : "  limited by " + limit,
            eta),
        finished);
  }
}
