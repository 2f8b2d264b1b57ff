package org.litfacets.indexing;

/** Progress of a run, reported after every batch. */
@FunctionalInterface
public interface IndexProgress {
  /**
   * @param bytesDone input bytes read so far over all files
   * @param bytesTotal size of all input files
   */
  void update(long bytesDone, long bytesTotal, IndexCounters counters);

  IndexProgress NONE = (done, total, counters) -> {};
}
