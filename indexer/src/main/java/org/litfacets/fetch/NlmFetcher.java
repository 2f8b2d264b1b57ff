package org.litfacets.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Downloads PubMed baseline/update files and the MeSH descriptor XML from NLM (or from wherever
 * {@link NlmLocations} points) into a local folder, resumably and verified. Safe to re-run: files
 * already there and verified are skipped, partial ones are resumed.
 */
public final class NlmFetcher {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

  private final NlmLocations locations;
  private final HttpClient http;
  private final FileDownloader downloader;

  /** Fetches from NLM's servers. */
  public NlmFetcher() {
    this(NlmLocations.nlm());
  }

  public NlmFetcher(NlmLocations locations) {
    this(
        locations,
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build());
  }

  public NlmFetcher(NlmLocations locations, HttpClient http) {
    this(locations, http, STALL_TIMEOUT);
  }

  NlmFetcher(NlmLocations locations, HttpClient http, Duration stallTimeout) {
    this.locations = locations;
    this.http = http;
    this.downloader = new FileDownloader(http, ANSWER_TIMEOUT, stallTimeout);
  }

  /**
   * The PubMed XML files NLM lists for a set, by ascending sequence number.
   *
   * @throws FetchException when the listing cannot be read (message fit for the user)
   */
  public List<RemoteFile> list(PubmedSet set) throws FetchException {
    URI folder = locations.pubmedFolder(set);
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(folder).timeout(ANSWER_TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw FileDownloader.network(folder, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while reading the listing of " + folder);
    }
    if (response.statusCode() != 200) {
      throw new FetchException(
          "cannot read the PubMed "
              + set.name().toLowerCase()
              + " listing at "
              + folder
              + " (HTTP "
              + response.statusCode()
              + ")");
    }
    List<RemoteFile> files = DirectoryListing.parse(folder, response.body());
    if (files.isEmpty()) {
      throw new FetchException(
          "the page at " + folder + " lists no PubMed files (pubmedYYnNNNN.xml.gz)");
    }
    return files;
  }

  /**
   * Downloads the selected PubMed files of a set into {@code folder} (created if missing), one
   * after another. A problem with one file is reported in its result and does not stop the others.
   *
   * @throws FetchException when the listing cannot be read, nothing matches the selection, or the
   *     folder cannot be created
   */
  public FetchReport fetchPubmed(
      PubmedSet set, FileSelection selection, Path folder, FetchProgress progress)
      throws FetchException {
    List<RemoteFile> listed = list(set);
    List<RemoteFile> chosen = selection.apply(listed);
    if (chosen.isEmpty()) {
      throw new FetchException(
          "no "
              + set.name().toLowerCase()
              + " file matches '"
              + selection
              + "'; NLM lists "
              + listed.size()
              + " files, from "
              + listed.get(0).name()
              + " to "
              + listed.get(listed.size() - 1).name());
    }
    createFolder(folder);
    List<FetchResult> results = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new FetchException(
            "interrupted after "
                + i
                + " of "
                + chosen.size()
                + " files; run the same command again to resume");
      }
      RemoteFile file = chosen.get(i);
      progress.fileStarted(file.name(), i, chosen.size());
      FetchResult result =
          downloader.download(file, folder, FileDownloader.ContentCheck.NONE, progress);
      results.add(result);
      progress.fileFinished(result, i + 1, chosen.size());
    }
    return new FetchReport(results);
  }

  /**
   * Downloads {@code descYYYY.xml} into {@code folder} and checks it is a whole MeSH descriptor
   * file; the result's detail gives its descriptor count and size.
   *
   * @throws FetchException when the folder cannot be created
   */
  public FetchResult fetchMesh(int year, Path folder, FetchProgress progress)
      throws FetchException {
    URI uri = locations.meshDescriptors(year);
    String name = uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
    createFolder(folder);
    progress.fileStarted(name, 0, 1);
    FetchResult result =
        downloader.download(
            new RemoteFile(name, uri, null), folder, new MeshDescriptorFile(), progress);
    progress.fileFinished(result, 1, 1);
    return result;
  }

  private static void createFolder(Path folder) throws FetchException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new FetchException(
          "cannot create the download folder "
              + folder
              + ": "
              + (e instanceof FileAlreadyExistsException
                  ? "a file with that name is in the way"
                  : FileDownloader.reason(e)),
          e);
    }
  }
}
