package org.litfacets.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The input files of an unfinished indexing run that Solr has accepted in full, so that re-running
 * the same command after a crash or a stop skips them. One small text file per Solr URL and
 * collection: a header, the run's settings, then one line per finished file (absolute path, size,
 * modification time). It is rewritten atomically after each finished file, discarded when the
 * settings differ, and deleted when a run reads all its files: a completed run leaves nothing, so
 * the next run of the same command indexes everything again (upserts, no duplicates).
 *
 * <p>"Accepted" means Solr acknowledged every batch of the file; Solr's update log makes that
 * durable without a commit, so a file recorded here is never lost if Solr or the indexer dies.
 */
public final class Checkpoint {
  private static final String HEADER = "# litfacets indexing checkpoint v1";

  /** Records nothing and skips nothing (benchmarks, tests). */
  public static final Checkpoint NONE = new Checkpoint(null, "", new LinkedHashSet<>());

  private final Path file;
  private final String settings;
  private final Set<String> finished;

  private Checkpoint(Path file, String settings, Set<String> finished) {
    this.file = file;
    this.settings = settings;
    this.finished = finished;
  }

  /**
   * Reads the checkpoint at {@code file}, or starts an empty one. A checkpoint written with other
   * {@code settings} (enrichment steps, models, options: whatever changes what a file becomes) is
   * ignored and will be overwritten.
   */
  public static Checkpoint open(Path file, String settings) {
    Set<String> finished = new LinkedHashSet<>();
    if (Files.isRegularFile(file)) {
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() >= 2
            && lines.get(0).equals(HEADER)
            && lines.get(1).equals("settings\t" + oneLine(settings))) {
          finished.addAll(lines.subList(2, lines.size()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the checkpoint " + file, e);
      }
    }
    return new Checkpoint(file, settings, finished);
  }

  /** The files of {@code files} that this checkpoint records as finished, unchanged since. */
  public synchronized List<Path> finishedAmong(List<Path> files) {
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      if (finished.contains(key(f))) {
        out.add(f);
      }
    }
    return out;
  }

  /** Where the checkpoint lives (null for {@link #NONE}). */
  public Path file() {
    return file;
  }

  /** Records that every batch of {@code input} was accepted by Solr. */
  synchronized void finished(Path input) {
    if (file == null) {
      return;
    }
    finished.add(key(input));
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add("settings\t" + oneLine(settings));
    lines.addAll(finished);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint " + file, e);
    }
  }

  /** The run read all its files: nothing is left to resume. */
  synchronized void complete() {
    if (file == null) {
      return;
    }
    finished.clear();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the checkpoint " + file, e);
    }
  }

  private static String key(Path f) {
    try {
      return f.toAbsolutePath().normalize()
          + "\t"
          + Files.size(f)
          + "\t"
          + Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      // An unreadable file is never skipped: its failure is reported when it is read.
      return f.toAbsolutePath().normalize() + "\t?";
    }
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }
}
