package org.litfacets.solr;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Retries a Solr call that found Solr unavailable, waiting twice as long after each failure, up to
 * {@code maxDelay}, and gives up after {@code attempts} tries. Only {@link
 * SolrUnavailableException} is retried: a request Solr refused would be refused again. Meant for
 * idempotent writes (upserts by PMID, deletes, commits), which may safely be sent twice.
 *
 * @param attempts tries in all, at least 1
 * @param firstDelay wait after the first failure
 * @param maxDelay longest wait between two tries
 */
public record Backoff(int attempts, Duration firstDelay, Duration maxDelay) {
  /** No retry: the first failure is final (searches, whose user can press reload). */
  public static final Backoff NONE = new Backoff(1, Duration.ZERO, Duration.ZERO);

  /** The indexer's: 8 tries over about 90 s, enough for a node to restart. */
  public static final Backoff INDEXING =
      new Backoff(8, Duration.ofSeconds(1), Duration.ofSeconds(30));

  public Backoff {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
  }

  /**
   * Runs {@code call}, retrying while Solr is unavailable; {@code onRetry} hears of each retry.
   *
   * @throws SolrUnavailableException when the last try failed too (the message says how many tries
   *     over how long), or when interrupted while waiting
   */
  public <T> T run(String what, Supplier<T> call, Consumer<String> onRetry) {
    long start = System.nanoTime();
    Duration delay = firstDelay;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (SolrUnavailableException e) {
        if (attempt >= attempts) {
          if (attempts == 1) {
            throw e;
          }
          throw new SolrUnavailableException(
              String.format(
                  "gave up after %d tries over %.0f s: %s",
                  attempt, (System.nanoTime() - start) / 1e9, e.getMessage()),
              e);
        }
        onRetry.accept(
            String.format(
                "%s (try %d of %d); trying again in %.1f s",
                e.getMessage(), attempt, attempts, delay.toMillis() / 1e3));
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new SolrUnavailableException("interrupted while waiting to retry: " + what, e);
        }
        delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
      }
    }
  }
}
