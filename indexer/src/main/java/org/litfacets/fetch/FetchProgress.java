package org.litfacets.fetch;

/**
 * Progress of a fetch, for a progress bar. Calls come from the fetching thread, in order: {@code
 * fileStarted}, any number of {@code bytes}, then {@code fileFinished}, once per file.
 */
public interface FetchProgress {

  FetchProgress NONE = new FetchProgress() {};

  /**
   * @param fileIndex 0-based position of this file among {@code fileCount}
   */
  default void fileStarted(String name, int fileIndex, int fileCount) {}

  /**
   * Bytes of the file present locally so far (a resumed file starts above 0).
   *
   * @param total the full size, or -1 when the server does not say
   */
  default void bytes(String name, long done, long total) {}

  /**
   * @param filesDone files finished so far, this one included
   */
  default void fileFinished(FetchResult result, int filesDone, int fileCount) {}
}
