package org.litfacets.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Downloads one file into a folder so that an interrupted run can be resumed and a finished file is
 * trustworthy.
 *
 * <p>Bytes go to {@code NAME.part}, resumed with an HTTP Range request on the next attempt or run;
 * a server that ignores Range gets a clean restart. The finished file is checked (md5 when NLM
 * publishes one, plus an optional content check), renamed atomically to {@code NAME}, and its md5
 * recorded in a {@code NAME.md5} sidecar in NLM's format, which is how later runs recognise it as
 * already present. A bad checksum deletes the download and retries once.
 */
public final class FileDownloader {

  /** Accepts or rejects a finished download before it gets its final name. */
  @FunctionalInterface
  public interface ContentCheck {
    ContentCheck NONE = file -> "";

    /**
     * @return a short note for the result (may be empty)
     * @throws FetchException when the content is unusable; the download is discarded and retried
     *     once
     */
    String verify(Path file) throws IOException;
  }

  static final String PART = ".part";
  static final String MD5 = ".md5";
  private static final int ATTEMPTS = 2;
  private static final Pattern MD5_HEX = Pattern.compile("\\b([0-9a-fA-F]{32})\\b");
  private static final Pattern CONTENT_RANGE =
      Pattern.compile("bytes\\s+(?:(\\d+)-\\d+|\\*)/(\\d+|\\*)");

  // HttpClient has no read timeout once a body streams: a watchdog closes a body that stops
  // delivering bytes.
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "fetch-stall-watchdog");
            thread.setDaemon(true);
            return thread;
          });

  private final HttpClient http;
  private final Duration answerTimeout;
  private final Duration stallTimeout;

  /**
   * @param answerTimeout how long to wait for a server's answer to start
   * @param stallTimeout how long a transfer may go without receiving a byte before it is given up
   *     (and resumed by the retry)
   */
  public FileDownloader(HttpClient http, Duration answerTimeout, Duration stallTimeout) {
    this.http = http;
    this.answerTimeout = answerTimeout;
    this.stallTimeout = stallTimeout;
  }

  /**
   * Never throws for a problem with this one file: those come back as a FAILED result with a
   * reason.
   */
  public FetchResult download(
      RemoteFile file, Path folder, ContentCheck check, FetchProgress progress) {
    Path target = folder.resolve(file.name());
    Path part = folder.resolve(file.name() + PART);
    Path sidecar = folder.resolve(file.name() + MD5);
    String expected;
    try {
      expected = file.md5Uri() == null ? null : publishedMd5(file.md5Uri());
    } catch (FetchException e) {
      return failed(file, part, "cannot read its published md5: " + e.getMessage());
    }
    try {
      Optional<FetchResult> present = alreadyPresent(file, target, sidecar, expected);
      if (present.isPresent()) {
        return present.get();
      }
    } catch (FetchException e) {
      return failed(file, part, e.getMessage());
    }
    String problem = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        transfer(file, part, progress);
        String actual = md5(part);
        if (expected != null && !expected.equalsIgnoreCase(actual)) {
          delete(part);
          problem = "md5 mismatch: NLM publishes " + expected + " but the download has " + actual;
          continue;
        }
        String note = verified(check, part);
        // A stale sidecar next to a new file would vouch for the wrong bytes if we stop before
        // rewriting it.
        delete(sidecar);
        move(part, target);
        writeSidecar(sidecar, file.name(), actual);
        String md5Note =
            expected != null ? "md5 verified" : "no md5 published; md5 " + actual + " recorded";
        return new FetchResult(
            file.name(),
            target,
            FetchResult.Status.DOWNLOADED,
            size(target),
            note.isEmpty() ? md5Note : md5Note + "; " + note);
      } catch (Retryable e) {
        problem = e.getMessage();
      } catch (FetchException e) {
        problem = e.getMessage();
        break;
      }
    }
    return failed(file, part, problem);
  }

  /**
   * The first 32-hex-digit token of an md5 file, whatever its layout ({@code MD5(f)= hex} or {@code
   * hex f}).
   */
  public String publishedMd5(URI md5Uri) throws FetchException {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(md5Uri).timeout(answerTimeout).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII),
            md5Uri);
    requireOk(response.statusCode(), md5Uri);
    return md5In(response.body())
        .orElseThrow(() -> new FetchException("no md5 checksum in " + md5Uri));
  }

  /** The size the server announces for a file, or -1 when it does not say. */
  public long remoteSize(URI uri) throws FetchException {
    HttpResponse<Void> response =
        send(
            HttpRequest.newBuilder(uri)
                .timeout(answerTimeout)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding(),
            uri);
    requireOk(response.statusCode(), uri);
    return response.headers().firstValueAsLong("Content-Length").orElse(-1);
  }

  private Optional<FetchResult> alreadyPresent(
      RemoteFile file, Path target, Path sidecar, String expected) throws FetchException {
    if (!Files.isRegularFile(target)) {
      return Optional.empty();
    }
    String recorded = Files.isRegularFile(sidecar) ? md5In(read(sidecar)).orElse(null) : null;
    if (expected != null) {
      if (recorded == null) {
        // A file put there by an earlier run that stopped before its sidecar, or by hand: check it
        // once.
        recorded = md5(target);
        if (expected.equalsIgnoreCase(recorded)) {
          writeSidecar(sidecar, file.name(), recorded);
        }
      }
      return expected.equalsIgnoreCase(recorded)
          ? Optional.of(present(file, target, "md5 matches NLM's"))
          : Optional.empty();
    }
    if (recorded == null) {
      return Optional.empty();
    }
    // Without a published checksum, a changed size is the only sign that NLM replaced the file.
    long remote = remoteSize(file.uri());
    return remote < 0 || remote == size(target)
        ? Optional.of(present(file, target, "same size as on the server"))
        : Optional.empty();
  }

  private void transfer(RemoteFile file, Path part, FetchProgress progress) throws FetchException {
    long have = Files.isRegularFile(part) ? size(part) : 0;
    HttpRequest.Builder request = HttpRequest.newBuilder(file.uri()).timeout(answerTimeout).GET();
    if (have > 0) {
      request.header("Range", "bytes=" + have + "-");
    }
    HttpResponse<InputStream> response =
        send(request.build(), HttpResponse.BodyHandlers.ofInputStream(), file.uri());
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      long total;
      boolean append;
      if (status == 206) {
        Matcher range = contentRange(response);
        if (range == null || range.group(1) == null || Long.parseLong(range.group(1)) != have) {
          delete(part);
          throw new Retryable(
              "the server resumed " + file.name() + " at the wrong place; starting over");
        }
        total = "*".equals(range.group(2)) ? -1 : Long.parseLong(range.group(2));
        append = true;
      } else if (status == 416) {
        Matcher range = contentRange(response);
        if (range != null
            && !"*".equals(range.group(2))
            && Long.parseLong(range.group(2)) == have) {
          progress.bytes(file.name(), have, have);
          return;
        }
        delete(part);
        throw new Retryable(
            "the partial download of "
                + file.name()
                + " no longer fits the server's file; starting over");
      } else {
        requireOk(status, file.uri());
        total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        append = false;
      }
      long done = copy(file, body, part, append, append ? have : 0, total, progress);
      if (total >= 0 && done != total) {
        throw new Retryable(
            "the connection closed after "
                + done
                + " of "
                + total
                + " bytes of "
                + file.name()
                + "; the partial file is kept and the next run resumes it");
      }
    } catch (IOException e) {
      if (e instanceof FetchException fe) {
        throw fe;
      }
      throw new Retryable(network(file.uri(), e).getMessage());
    }
  }

  private long copy(
      RemoteFile file,
      InputStream body,
      Path part,
      boolean append,
      long start,
      long total,
      FetchProgress progress)
      throws FetchException {
    try (FileChannel out =
        FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = lock(out, part);
      try {
        if (!append) {
          out.truncate(0);
        }
        out.position(start);
        long done = start;
        progress.bytes(file.name(), done, total);
        byte[] buffer = new byte[1 << 16];
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        AtomicBoolean stalled = new AtomicBoolean();
        long period = Math.max(stallTimeout.toMillis() / 4, 10);
        ScheduledFuture<?> watch =
            WATCHDOG.scheduleAtFixedRate(
                () -> {
                  if (System.nanoTime() - lastRead.get() > stallTimeout.toNanos()
                      && !stalled.getAndSet(true)) {
                    closeQuietly(body);
                  }
                },
                period,
                period,
                TimeUnit.MILLISECONDS);
        try {
          while (true) {
            if (Thread.currentThread().isInterrupted()) {
              throw new FetchException(
                  "interrupted; " + part.getFileName() + " is kept and the next run resumes it");
            }
            int n;
            try {
              n = body.read(buffer);
            } catch (IOException e) {
              if (stalled.get()) {
                throw new Retryable(
                    "no data from "
                        + file.uri().getHost()
                        + " for "
                        + readable(stallTimeout)
                        + " after "
                        + done
                        + " bytes of "
                        + file.name()
                        + "; the partial file is kept");
              }
              // Keep what arrived: the next attempt resumes from here.
              if (total >= 0) {
                return done;
              }
              throw new Retryable(network(file.uri(), e).getMessage());
            }
            if (n < 0) {
              return done;
            }
            lastRead.set(System.nanoTime());
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
              out.write(chunk);
            }
            done += n;
            progress.bytes(file.name(), done, total);
          }
        } finally {
          watch.cancel(false);
        }
      } finally {
        lock.release();
      }
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw disk(part, e);
    }
  }

  private static String readable(Duration duration) {
    return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
  }

  private static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException ignored) {
      // The transfer is being abandoned; its read reports the failure.
    }
  }

  private static FileLock lock(FileChannel channel, Path part) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new FetchException(
          "another fetch is already writing " + part + "; wait for it to finish");
    }
    return lock;
  }

  private <T> HttpResponse<T> send(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, URI uri) throws FetchException {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw network(uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while contacting " + uri.getHost());
    }
  }

  private static void requireOk(int status, URI uri) throws FetchException {
    if (status == 404 || status == 410) {
      throw new FetchException("not found on the server (HTTP " + status + "): " + uri);
    }
    if (status >= 500) {
      throw new Retryable("the server had a problem (HTTP " + status + ") with " + uri);
    }
    if (status < 200 || status > 299) {
      throw new FetchException("the server refused " + uri + " (HTTP " + status + ")");
    }
  }

  private static Matcher contentRange(HttpResponse<?> response) {
    Matcher m = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
    return m.find() ? m : null;
  }

  static Optional<String> md5In(String text) {
    Matcher m = MD5_HEX.matcher(text);
    return m.find() ? Optional.of(m.group(1).toLowerCase()) : Optional.empty();
  }

  static String md5(Path file) throws FetchException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("MD5");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw disk(file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime has no MD5", e);
    }
  }

  private static String verified(ContentCheck check, Path part) throws FetchException {
    try {
      return check.verify(part);
    } catch (IOException e) {
      delete(part);
      throw new Retryable(
          e instanceof FetchException ? e.getMessage() : disk(part, e).getMessage());
    }
  }

  private static void writeSidecar(Path sidecar, String name, String md5) throws FetchException {
    try {
      Files.writeString(sidecar, "MD5(" + name + ")= " + md5 + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw disk(sidecar, e);
    }
  }

  private static void move(Path part, Path target) throws FetchException {
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw disk(target, e);
    }
  }

  private static void delete(Path file) throws FetchException {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw disk(file, e);
    }
  }

  private static String read(Path file) throws FetchException {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw disk(file, e);
    }
  }

  private static long size(Path file) throws FetchException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw disk(file, e);
    }
  }

  private static FetchResult present(RemoteFile file, Path target, String why)
      throws FetchException {
    return new FetchResult(
        file.name(), target, FetchResult.Status.ALREADY_PRESENT, size(target), why);
  }

  private static FetchResult failed(RemoteFile file, Path part, String reason) {
    long received = 0;
    try {
      received = Files.isRegularFile(part) ? Files.size(part) : 0;
    } catch (IOException ignored) {
      // The reason already says what went wrong; the byte count is only informative.
    }
    return new FetchResult(file.name(), null, FetchResult.Status.FAILED, received, reason);
  }

  static FetchException disk(Path file, IOException e) {
    return new FetchException("cannot write " + file + ": " + reason(e), e);
  }

  /** What went wrong on disk, in words: the exception's own message often is just the path. */
  static String reason(IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "the folder does not exist";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
      reason = fse.getReason();
    } else {
      reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    return reason;
  }

  static FetchException network(URI uri, IOException e) {
    String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    String message;
    if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
      message =
          "cannot find host "
              + host
              + " (name lookup failed); check your network connection or proxy";
    } else if (e instanceof HttpConnectTimeoutException) {
      message = "timed out connecting to " + host + "; check your network connection or proxy";
    } else if (e instanceof HttpTimeoutException) {
      message = host + " did not answer in time; try again later";
    } else if (causedBy(e, ConnectException.class)) {
      message =
          "cannot connect to "
              + host
              + " (connection refused or unreachable); check the address and your network";
    } else if (causedBy(e, SSLException.class)) {
      message = "secure connection to " + host + " failed: " + e.getMessage();
    } else {
      message =
          "download from "
              + host
              + " failed: "
              + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
    return new FetchException(message, e);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A problem another attempt may not have: a dropped connection, a server error, a corrupt
   * download.
   */
  private static final class Retryable extends FetchException {
    Retryable(String message) {
      super(message);
    }
  }
}
