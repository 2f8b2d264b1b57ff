package org.litfacets.modelfile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A file holding a trained model, or a cache built from input files, that starts with a header
 * saying which format and inputs it was made for. It is read when the header matches; otherwise the
 * model is built and the file replaced. Building can take minutes, so the caller is told why it
 * happens and says so to the user (core does not log).
 */
public final class ModelFile {

  /**
   * Writes the fields that identify the file's format and inputs, e.g. a format name and a
   * fingerprint.
   */
  @FunctionalInterface
  public interface Header {
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads a model from what follows the header. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(DataInputStream body) throws IOException;
  }

  /** Writes a model after the header. */
  @FunctionalInterface
  public interface Writer<T> {
    void write(T model, DataOutputStream body) throws IOException;
  }

  /**
   * Writes a whole file at the path it is given: for formats another library writes by file name.
   */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path file) throws IOException;
  }

  private static final int BUFFER = 1 << 16;

  private final Path path;
  private final byte[] header;

  /**
   * @param header written first; a file that starts otherwise was made in another format or from
   *     other inputs and is rebuilt. A format owned by another library has an empty header and its
   *     version in the file name.
   */
  public ModelFile(Path path, Header header) {
    this.path = path;
    this.header = bytes(header);
  }

  public Path path() {
    return path;
  }

  /**
   * The model in this file; when the file is missing, stale or unreadable, tells {@code whyBuild}
   * the reason, then builds the model and writes it here.
   */
  public <T> T loadOrBuild(
      Reader<T> reader, Supplier<T> builder, Writer<T> writer, Consumer<String> whyBuild) {
    return read(reader, whyBuild)
        .orElseGet(
            () -> {
              T model = builder.get();
              write(model, writer);
              return model;
            });
  }

  /**
   * The model in this file, or empty when the file is missing, stale or unreadable, the reason told
   * to {@code whyNot}.
   */
  public <T> Optional<T> read(Reader<T> reader, Consumer<String> whyNot) {
    if (!Files.isRegularFile(path)) {
      whyNot.accept(path + " does not exist");
      return Optional.empty();
    }
    String reason;
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(path), BUFFER))) {
      if (Arrays.equals(in.readNBytes(header.length), header)) {
        return Optional.of(reader.read(in));
      }
      reason = path + " was made in another format or from other inputs";
    } catch (IOException | RuntimeException e) {
      // A damaged file makes a binary reader fail in any way (a short read, an index out of bounds,
      // a bad count);
      // building anew is the remedy for all of them.
      reason = path + " is unreadable (" + e + ")";
    }
    whyNot.accept(reason);
    return Optional.empty();
  }

  /**
   * Writes {@code model} with its header to this file, replacing it in one step (see {@link
   * #replace}).
   */
  public <T> void write(T model, Writer<T> writer) {
    replace(
        path,
        partial -> {
          try (DataOutputStream out =
              new DataOutputStream(
                  new BufferedOutputStream(
                      Files.newOutputStream(
                          partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                      BUFFER))) {
            out.write(header);
            writer.write(model, out);
          }
        });
  }

  /**
   * Replaces {@code target} with what {@code content} writes: into a new file beside it (same file
   * system, so the move can be atomic), flushed to disk, then moved over it. Readers in other
   * processes see the old file or the new one, never half of one; a crash leaves at most a {@code
   * .partial} file, which no reader opens.
   */
  public static void replace(Path target, Content content) {
    Path dir = target.toAbsolutePath().getParent();
    // Not created here: the writer creates it, with the permissions of any file it makes (a temp
    // file's are private).
    Path partial =
        dir.resolve(
            target.getFileName()
                + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".partial");
    try {
      Files.createDirectories(dir);
      try {
        content.writeTo(partial);
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private static byte[] bytes(Header header) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      header.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a header to memory", e);
    }
    return bytes.toByteArray();
  }
}
