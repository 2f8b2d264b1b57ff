package org.litfacets.fetch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar redrawn in place ({@code \r}), and a line per finished file. Redraws at most a few times a
 * second so that a fast local transfer does not flood a terminal.
 */
public final class ConsoleProgress implements FetchProgress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 30;

    private final PrintStream out;
    private int fileIndex;
    private int fileCount;
    private long startNanos;
    private long startBytes = -1;
    private long lastDraw;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void fileStarted(String name, int fileIndex, int fileCount) {
        this.fileIndex = fileIndex;
        this.fileCount = fileCount;
        this.startNanos = System.nanoTime();
        this.startBytes = -1;
        this.lastDraw = 0;
    }

    @Override
    public void bytes(String name, long done, long total) {
        long now = System.nanoTime();
        if (startBytes < 0) {
            startBytes = done;
        }
        if (now - lastDraw < REDRAW_NANOS && done != total) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max((now - startNanos) / 1e9, 1e-3);
        String rate = FetchReport.humanSize((long) ((done - startBytes) / seconds)) + "/s";
        String line;
        if (total > 0) {
            int filled = (int) (BAR * done / total);
            line = String.format(Locale.ROOT, "[%d/%d] %s [%s%s] %3d%% %s of %s %s", fileIndex + 1, fileCount, name,
                    "#".repeat(filled), " ".repeat(BAR - filled), 100 * done / total,
                    FetchReport.humanSize(done), FetchReport.humanSize(total), rate);
        } else {
            line = String.format(Locale.ROOT, "[%d/%d] %s %s %s", fileIndex + 1, fileCount, name,
                    FetchReport.humanSize(done), rate);
        }
        out.print("\r" + line + "   ");
        out.flush();
    }

    @Override
    public void fileFinished(FetchResult result, int filesDone, int fileCount) {
        out.print("\r");
        out.printf(Locale.ROOT, "[%d/%d] %s%n", filesDone, fileCount, result);
        out.flush();
    }
}
