package org.litfacets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litfacets.search.Filter;
import org.litfacets.search.FilterField;
import org.litfacets.search.SearchResult;

/**
 * The year histogram above the search results, laid out for the page's SVG: one bar per year from
 * the oldest to the newest article of the whole result set (years without articles included, so
 * that the axis is even), each a link that filters to its year, or removes the year filter when the
 * year is selected.
 */
public final class YearHistogram {
  /** The drawing's coordinate space; the page scales it to its width. */
  public static final int WIDTH = 640;

  public static final int HEIGHT = 132;
  public static final int LEFT = 40;
  public static final int RIGHT = 8;
  public static final int TOP = 10;
  public static final int BOTTOM = 112;

  /** At most about this many year labels fit under the bars. */
  private static final int MAX_LABELS = 9;

  private static final int[] LABEL_STEPS = {1, 2, 5, 10, 20, 25, 50, 100};

  /**
   * One year: the slot it takes on the axis ({@code x}, {@code width}) and its bar ({@code barY},
   * {@code barHeight}); {@code href} filters to the year or, when it is selected, removes that.
   */
  public record Bar(
      int year,
      long count,
      boolean selected,
      double x,
      double width,
      double barX,
      double barWidth,
      double barY,
      double barHeight,
      String href,
      String title) {}

  /** A year label under the axis, centred on its bar. */
  public record Tick(double x, int year) {}

  private final List<Bar> bars;
  private final List<Tick> ticks;
  private final long maxCount;
  private final String allYearsUrl;
  private final Optional<Filter> selection;

  private YearHistogram(
      List<Bar> bars,
      List<Tick> ticks,
      long maxCount,
      String allYearsUrl,
      Optional<Filter> selection) {
    this.bars = bars;
    this.ticks = ticks;
    this.maxCount = maxCount;
    this.allYearsUrl = allYearsUrl;
    this.selection = selection;
  }

  /** The histogram of a result; empty when no article of it has a year. */
  public static Optional<YearHistogram> of(SearchResult result, SearchLinks links) {
    List<SearchResult.YearCount> years = result.years();
    if (years.isEmpty()) {
      return Optional.empty();
    }
    List<Filter> yearFilters =
        result.request().filters().stream().filter(f -> f.field() == FilterField.YEAR).toList();
    int first = years.get(0).year();
    int last = years.get(years.size() - 1).year();
    long[] counts = new long[last - first + 1];
    years.forEach(y -> counts[y.year() - first] = y.count());
    long max = years.stream().mapToLong(SearchResult.YearCount::count).max().orElse(1);
    double slot = (double) (WIDTH - LEFT - RIGHT) / counts.length;
    double gap = slot >= 4 ? Math.min(slot * 0.2, 6) : 0;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      int year = first + i;
      String value = Integer.toString(year);
      boolean selected = yearFilters.stream().anyMatch(f -> f.selects(value));
      // A year with articles always shows, however small next to the tallest.
      double height = counts[i] == 0 ? 0 : Math.max(2, (double) (BOTTOM - TOP) * counts[i] / max);
      String articles = counts[i] == 1 ? "1 article" : String.format("%,d articles", counts[i]);
      bars.add(
          new Bar(
              year,
              counts[i],
              selected,
              round(LEFT + i * slot),
              round(slot),
              round(LEFT + i * slot + gap / 2),
              round(slot - gap),
              round(BOTTOM - height),
              round(height),
              selected ? links.toggle("year", value) : links.years(year, year),
              year + ": " + articles + (selected ? " (selected; click to show every year)" : "")));
    }
    List<Tick> ticks = new ArrayList<>();
    int step = labelStep(counts.length);
    for (int i = 0; i < counts.length; i++) {
      if ((first + i) % step == 0) {
        ticks.add(new Tick(round(LEFT + (i + 0.5) * slot), first + i));
      }
    }
    if (ticks.isEmpty()) {
      ticks.add(new Tick(round(LEFT + 0.5 * slot), first));
    }
    return Optional.of(
        new YearHistogram(
            bars,
            ticks,
            max,
            links.allYears(),
            yearFilters.size() == 1 ? Optional.of(yearFilters.get(0)) : Optional.empty()));
  }

  private static int labelStep(int years) {
    for (int step : LABEL_STEPS) {
      if (years / step < MAX_LABELS) {
        return step;
      }
    }
    return LABEL_STEPS[LABEL_STEPS.length - 1];
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  public List<Bar> bars() {
    return bars;
  }

  public List<Tick> ticks() {
    return ticks;
  }

  /** The tallest bar's count, the top of the count axis. */
  public long maxCount() {
    return maxCount;
  }

  /** The search without its year filters, which a dragged range of years is added to. */
  public String allYearsUrl() {
    return allYearsUrl;
  }

  /** True when some year is filtered on. */
  public boolean hasSelection() {
    return bars.stream().anyMatch(Bar::selected);
  }

  /** The years filtered on, as people read them ("2015–2019"), when one year filter is set. */
  public Optional<String> selectionLabel() {
    return selection.map(Filter::displayValue);
  }

  /** The SVG's viewBox. */
  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  /** The left end of the year axis (the count axis' labels sit left of it). */
  public int left() {
    return LEFT;
  }

  public int right() {
    return WIDTH - RIGHT;
  }

  /** The top of the tallest bar. */
  public int top() {
    return TOP;
  }

  /** The year axis: where the bars stand. */
  public int bottom() {
    return BOTTOM;
  }

  public int firstYear() {
    return bars.get(0).year();
  }

  public int lastYear() {
    return bars.get(bars.size() - 1).year();
  }
}
