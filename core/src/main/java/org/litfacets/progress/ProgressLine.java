package org.litfacets.progress;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line of progress redrawn in place on the console, for work that takes minutes: downloads,
 * indexing, embedding the MeSH headings. Redraws at most five times a second, so that a fast loop
 * does not spend its time printing; the final state is always drawn.
 */
public final class ProgressLine {

  static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private long lastDraw;
  private boolean drawn;

  public ProgressLine(PrintStream out) {
    this.out = out;
  }

  /**
   * Draws {@code line} over the previous one, unless one was drawn less than 200 ms ago and this is
   * not the last.
   */
  public void draw(String line, boolean last) {
    long now = System.nanoTime();
    if (drawn && !last && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    drawn = true;
    lastDraw = now;
    // Trailing blanks wipe what a longer previous line left behind.
    out.print("\r" + line + "   ");
    out.flush();
  }

  /** The next line is drawn at once, whenever the last one was: a new file or phase has started. */
  public void restart() {
    drawn = false;
  }

  /**
   * A bar {@value #WIDTH} characters wide, filled to {@code fraction} (0 to 1), e.g. {@code [#####
   * ]}.
   */
  public static String bar(double fraction) {
    int filled = (int) (WIDTH * Math.max(0, Math.min(1, fraction)));
    return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
  }

  /** Minutes and seconds, e.g. {@code 2:05}: what an ETA reads like. */
  public static String duration(double seconds) {
    long s = Math.round(Math.max(0, seconds));
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
