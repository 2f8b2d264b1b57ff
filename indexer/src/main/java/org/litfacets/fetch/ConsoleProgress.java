package org.litfacets.fetch;

import java.io.PrintStream;
import java.util.Locale;
import org.litfacets.progress.ProgressLine;

/**
 * A one-line progress bar redrawn in place ({@code \r}), and a line per finished file. Redraws at
 * most a few times a second so that a fast local transfer does not flood a terminal.
 */
public final class ConsoleProgress implements FetchProgress {

  private final PrintStream out;
  private final ProgressLine line;
  private int fileIndex;
  private int fileCount;
  private long startNanos;
  private long startBytes = -1;

  public ConsoleProgress(PrintStream out) {
    this.out = out;
    this.line = new ProgressLine(out);
  }

  @Override
  public void fileStarted(String name, int fileIndex, int fileCount) {
    this.fileIndex = fileIndex;
    this.fileCount = fileCount;
    this.startNanos = System.nanoTime();
    this.startBytes = -1;
    line.restart();
  }

  @Override
  public void bytes(String name, long done, long total) {
    if (startBytes < 0) {
      startBytes = done;
    }
    double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
    String rate = FetchReport.humanSize((long) ((done - startBytes) / seconds)) + "/s";
    if (total > 0) {
      line.draw(
          String.format(
              Locale.ROOT,
              "[%d/%d] %s %s %3d%% %s of %s %s",
              fileIndex + 1,
              fileCount,
              name,
              ProgressLine.bar((double) done / total),
              100 * done / total,
              FetchReport.humanSize(done),
              FetchReport.humanSize(total),
              rate),
          done == total);
    } else {
      line.draw(
          String.format(
              Locale.ROOT,
              "[%d/%d] %s %s %s",
              fileIndex + 1,
              fileCount,
              name,
              FetchReport.humanSize(done),
              rate),
          false);
    }
  }

  @Override
  public void fileFinished(FetchResult result, int filesDone, int fileCount) {
    out.print("\r");
    out.printf(Locale.ROOT, "[%d/%d] %s%n", filesDone, fileCount, result);
    out.flush();
  }
}
