package org.litfacets.fetch;

import java.time.Duration;

/**
 * Spaces requests at least a fixed interval apart, as NCBI asks of E-utilities clients (3 requests
 * per second, 10 with an API key). The interval runs from the end of one request to the start of
 * the next, so that requests also arrive that far apart however long the network takes. One request
 * at a time: callers must pair {@link #await()} with {@link #done()}.
 */
final class RequestPacer {
  private final long intervalNanos;
  private long nextNanos;
  private boolean started;

  RequestPacer(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Requests per second NCBI allows: 10 with an API key, 3 without. */
  static RequestPacer forNcbi(boolean withApiKey) {
    return new RequestPacer(Duration.ofMillis(withApiKey ? 100 : 334));
  }

  Duration interval() {
    return Duration.ofNanos(intervalNanos);
  }

  /** Waits until the next request may be sent. */
  synchronized void await() throws InterruptedException {
    if (!started) {
      return;
    }
    long wait = nextNanos - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** The request sent after {@link #await()} has been answered (or has failed). */
  synchronized void done() {
    started = true;
    nextNanos = System.nanoTime() + intervalNanos;
  }
}
