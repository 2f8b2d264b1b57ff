package org.litfacets.indexing;

/**
 * Progress of a run, reported as batches are read and as they are written, from the reading thread
 * and from the Solr writers: implementations must be thread-safe.
 */
@FunctionalInterface
public interface IndexProgress {
  /**
   * @param bytesDone input bytes read so far over all files
   * @param bytesTotal size of all input files
   */
  void update(long bytesDone, long bytesTotal, IndexCounters counters);

  IndexProgress NONE = (done, total, counters) -> {};
}
