package org.litfacets.indexing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.litfacets.article.EnrichedArticle;

/**
 * The enrichment steps of an indexing run, in an order that gives every step what it reads: each
 * step comes after the steps that set the parts it needs or uses. Built once; an impossible choice
 * (a step whose needs no chosen step sets, two steps setting one part, a cycle) is refused with a
 * message that says why.
 */
public final class Pipeline {
  /** No enrichment: articles are indexed as read. */
  public static final Pipeline NONE = new Pipeline(List.of());

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Enricher> steps;

  private Pipeline(List<Enricher> steps) {
    this.steps = List.copyOf(steps);
  }

  /**
   * The steps in a valid order; among steps that do not depend on each other, the given order is
   * kept.
   *
   * @throws IllegalArgumentException when no order can give every step what it needs
   */
  public static Pipeline of(List<Enricher> chosen) {
    Map<Part, Enricher> setter = new EnumMap<>(Part.class);
    for (Enricher step : chosen) {
      for (Part part : step.sets()) {
        Enricher other = setter.put(part, step);
        if (other != null) {
          throw new IllegalArgumentException(
              "steps " + other.name() + " and " + step.name() + " both set " + name(part));
        }
      }
    }
    for (Enricher step : chosen) {
      Set<Part> missing = EnumSet.noneOf(Part.class);
      step.needs().stream().filter(p -> !setter.containsKey(p)).forEach(missing::add);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "step " + step.name() + " needs " + names(missing) + ", which no chosen step sets");
      }
    }
    List<Enricher> ordered = new ArrayList<>();
    Set<Enricher> remaining = new LinkedHashSet<>(chosen);
    while (!remaining.isEmpty()) {
      Enricher ready =
          remaining.stream()
              .filter(
                  step ->
                      inputs(step).stream()
                          .map(setter::get)
                          .allMatch(s -> s == null || s == step || ordered.contains(s)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "steps "
                              + remaining.stream()
                                  .map(Enricher::name)
                                  .collect(Collectors.joining(", "))
                              + " each wait for another: no order can run them"));
      ordered.add(ready);
      remaining.remove(ready);
    }
    return new Pipeline(ordered);
  }

  private static Set<Part> inputs(Enricher step) {
    Set<Part> inputs = EnumSet.noneOf(Part.class);
    inputs.addAll(step.needs());
    inputs.addAll(step.uses());
    return inputs;
  }

  public List<Enricher> steps() {
    return steps;
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * Runs every step on the batch and returns the articles every step managed. When a step fails on
   * the batch, it runs again on each article alone, so that only the articles that break it fail
   * (counted with the step's name); since steps set their parts, the second run cannot duplicate
   * what the first one set.
   */
  public List<EnrichedArticle> enrich(List<EnrichedArticle> batch, IndexCounters counters) {
    List<EnrichedArticle> ok = new ArrayList<>(batch);
    for (Enricher step : steps) {
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      try {
        step.enrich(ok);
        counters.countEnricherTime(
            step.name(), System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart);
      } catch (RuntimeException batchFailure) {
        List<EnrichedArticle> survivors = new ArrayList<>();
        for (EnrichedArticle article : ok) {
          try {
            step.enrich(List.of(article));
            survivors.add(article);
          } catch (RuntimeException e) {
            counters.countFailed(
                FailureReason.ENRICHMENT_FAILED,
                step.name() + " on PMID " + article.article().pmid() + ": " + e.getMessage());
          }
        }
        ok = survivors;
      }
    }
    return ok;
  }

  @Override
  public String toString() {
    return steps.stream().map(Enricher::name).collect(Collectors.joining(", "));
  }

  private static String names(Set<Part> parts) {
    return parts.stream().map(Pipeline::name).collect(Collectors.joining(" and "));
  }

  private static String name(Part part) {
    return part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
