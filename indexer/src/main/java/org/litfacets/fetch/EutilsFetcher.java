package org.litfacets.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Downloads the PubMed records that match a query through NCBI's E-utilities: ESearch on the
 * history server, then EFetch in batches of {@value #BATCH} records, each batch written as a PubMed
 * XML file that {@code litfacets index} reads. Requests keep NCBI's rate limit; a 429 or 5xx answer
 * or a network failure is retried with growing back-off. Resumable: batches already written are
 * skipped (each file is written whole or not at all), and the first run's date is kept in {@value
 * #STATE} so that a later run asks for the same records (those NCBI had by that date), not for
 * records added since, which would shift every batch.
 */
public final class EutilsFetcher {
  /** Records per EFetch request and per file. */
  public static final int BATCH = 500;

  static final String STATE = "query.properties";
  private static final URI NCBI = URI.create("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/");
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);
  private static final int ATTEMPTS = 5;
  private static final DateTimeFormatter NCBI_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
  private static final Pattern COUNT = Pattern.compile("<Count>(\\d+)</Count>");
  private static final Pattern QUERY_KEY = Pattern.compile("<QueryKey>(\\d+)</QueryKey>");
  private static final Pattern WEB_ENV = Pattern.compile("<WebEnv>([^<]+)</WebEnv>");
  private static final Pattern ERROR = Pattern.compile("<ERROR>([^<]*)</ERROR>");
  private static final Pattern RECORD = Pattern.compile("<PubmedArticle>|<PubmedBookArticle>");

  private final URI base;
  private final Optional<String> apiKey;
  private final HttpClient http;
  private final RequestPacer pacer;
  private final Duration firstBackOff;

  /** NCBI's E-utilities, paced for the key (or its absence). */
  public EutilsFetcher(Optional<URI> base, Optional<String> apiKey) {
    this(
        base.orElse(NCBI),
        apiKey,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build(),
        RequestPacer.forNcbi(apiKey.isPresent()),
        Duration.ofSeconds(2));
  }

  EutilsFetcher(
      URI base,
      Optional<String> apiKey,
      HttpClient http,
      RequestPacer pacer,
      Duration firstBackOff) {
    String b = base.toString();
    this.base = URI.create(b.endsWith("/") ? b : b + "/");
    this.apiKey = apiKey.filter(k -> !k.isBlank());
    this.http = http;
    this.pacer = pacer;
    this.firstBackOff = firstBackOff;
  }

  /** Requests per second this fetcher keeps to, at most. */
  public double requestsPerSecond() {
    return 1e9 / pacer.interval().toNanos();
  }

  /**
   * Fetches the records matching {@code query}, at most {@code max} when given, into {@code
   * folder}; one result per batch file.
   *
   * @throws FetchException when the search fails, or the folder holds another query's records
   */
  public Outcome fetch(String query, Optional<Integer> max, Path folder, FetchProgress progress)
      throws FetchException {
    if (query == null || query.isBlank()) {
      throw new FetchException("the PubMed query is empty");
    }
    createFolder(folder);
    String maxDate = frozenDate(query, folder);
    Search search = search(query, maxDate);
    int total = max.map(m -> Math.min(m, search.count())).orElse(search.count());
    int batches = (total + BATCH - 1) / BATCH;
    List<FetchResult> results = new ArrayList<>();
    for (int i = 0; i < batches; i++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new FetchException(
            "interrupted after "
                + i
                + " of "
                + batches
                + " batches; run the same command to resume");
      }
      String name = String.format(Locale.ROOT, "pubmed-query-%05d.xml", i + 1);
      Path file = folder.resolve(name);
      progress.fileStarted(name, i, batches);
      int from = i * BATCH;
      int count = Math.min(BATCH, total - from);
      FetchResult result;
      // A last batch cut short by an earlier --max holds fewer records: it is fetched again.
      if (Files.isRegularFile(file) && recordsIn(file) == count) {
        result = new FetchResult(name, file, FetchResult.Status.ALREADY_PRESENT, size(file), "");
      } else {
        result = fetchBatch(search, name, file, from, count, progress);
      }
      results.add(result);
      progress.fileFinished(result, i + 1, batches);
    }
    return new Outcome(search.count(), total, new FetchReport(results));
  }

  /**
   * What a query fetch did.
   *
   * @param matching records that match the query (up to the frozen date)
   * @param wanted records asked for: all matching ones, or --max
   * @param files one result per batch file
   */
  public record Outcome(int matching, int wanted, FetchReport files) {}

  /** The ESearch answer: how many records match, and where the history server keeps them. */
  record Search(int count, String webEnv, String queryKey) {}

  private Search search(String query, String maxDate) throws FetchException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("db", "pubmed");
    params.put("term", query);
    params.put("usehistory", "y");
    params.put("retmax", "0");
    params.put("datetype", "edat");
    params.put("mindate", "1800/01/01");
    params.put("maxdate", maxDate);
    String body = get("esearch.fcgi", params, "the search");
    Matcher error = ERROR.matcher(body);
    Matcher count = COUNT.matcher(body);
    Matcher key = QUERY_KEY.matcher(body);
    Matcher env = WEB_ENV.matcher(body);
    if (!count.find() || !key.find() || !env.find()) {
      throw new FetchException(
          "PubMed did not accept the query '"
              + query
              + "'"
              + (error.find() ? ": " + error.group(1) : " (no count or history in its answer)"));
    }
    return new Search(Integer.parseInt(count.group(1)), env.group(1), key.group(1));
  }

  private FetchResult fetchBatch(
      Search search, String name, Path file, int from, int count, FetchProgress progress) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("db", "pubmed");
    params.put("WebEnv", search.webEnv());
    params.put("query_key", search.queryKey());
    params.put("retstart", Integer.toString(from));
    params.put("retmax", Integer.toString(count));
    params.put("retmode", "xml");
    try {
      String body = get("efetch.fcgi", params, "records " + (from + 1) + "-" + (from + count));
      long records = RECORD.matcher(body).results().count();
      if (!body.contains("</PubmedArticleSet>") || records == 0) {
        return failed(name, "the answer is not a whole PubMed XML set (" + records + " records)");
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      progress.bytes(name, bytes.length, bytes.length);
      writeAtomically(file, bytes);
      return new FetchResult(
          name, file, FetchResult.Status.DOWNLOADED, bytes.length, records + " records");
    } catch (FetchException e) {
      return failed(name, e.getMessage());
    }
  }

  private static FetchResult failed(String name, String reason) {
    return new FetchResult(name, null, FetchResult.Status.FAILED, 0, reason);
  }

  /**
   * The body of a GET, paced, retried with doubling back-off on 429, 5xx and network failures (a
   * Retry-After answer is honoured).
   */
  private String get(String tool, Map<String, String> params, String what) throws FetchException {
    Map<String, String> all = new LinkedHashMap<>(params);
    all.put("tool", "litfacets");
    apiKey.ifPresent(k -> all.put("api_key", k));
    URI uri =
        base.resolve(
            tool
                + "?"
                + all.entrySet().stream()
                    .map(
                        e ->
                            e.getKey()
                                + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")));
    Duration backOff = firstBackOff;
    String problem = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Duration wait = backOff;
      try {
        pacer.await();
        HttpResponse<String> response;
        try {
          response =
              http.send(
                  HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT).GET().build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
          pacer.done();
        }
        int status = response.statusCode();
        if (status == 200) {
          return response.body();
        }
        if (status != 429 && status < 500) {
          throw new FetchException(
              "E-utilities refused " + what + " (HTTP " + status + "): " + shortBody(response));
        }
        problem = "HTTP " + status;
        wait =
            response
                .headers()
                .firstValue("Retry-After")
                .flatMap(EutilsFetcher::seconds)
                .orElse(backOff);
      } catch (FetchException e) {
        throw e;
      } catch (IOException e) {
        problem = FileDownloader.reason(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted while fetching " + what);
      }
      if (attempt < ATTEMPTS) {
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new FetchException("interrupted while fetching " + what);
        }
      }
      backOff = backOff.multipliedBy(2);
    }
    throw new FetchException(
        "E-utilities did not answer "
            + what
            + " after "
            + ATTEMPTS
            + " attempts ("
            + problem
            + ")");
  }

  private static Optional<Duration> seconds(String header) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String shortBody(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().strip();
    return body.length() > 200 ? body.substring(0, 200) + "..." : body;
  }

  /**
   * The latest Entrez date of the records this folder's query asks for: today on a first run, the
   * first run's date after that. A folder holds one query.
   */
  private static String frozenDate(String query, Path folder) throws FetchException {
    Path state = folder.resolve(STATE);
    Properties p = new Properties();
    try {
      if (Files.isRegularFile(state)) {
        try (var in = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
          p.load(in);
        }
        if (!query.equals(p.getProperty("query"))) {
          throw new FetchException(
              folder
                  + " holds the records of another query ('"
                  + p.getProperty("query")
                  + "'); give another --to folder");
        }
        return p.getProperty("maxdate");
      }
      p.setProperty("query", query);
      p.setProperty("maxdate", LocalDate.now().format(NCBI_DATE));
      Path part = folder.resolve(STATE + FileDownloader.PART);
      try (var out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        p.store(out, "litfacets fetch pubmed --query: the records NCBI had on maxdate");
      }
      move(part, state);
      return p.getProperty("maxdate");
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw FileDownloader.disk(state, e);
    }
  }

  private static void writeAtomically(Path file, byte[] bytes) throws FetchException {
    Path part = file.resolveSibling(file.getFileName() + FileDownloader.PART);
    try {
      Files.write(part, bytes);
      move(part, file);
    } catch (IOException e) {
      throw FileDownloader.disk(file, e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static long recordsIn(Path file) throws FetchException {
    try {
      return RECORD.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().count();
    } catch (IOException e) {
      throw new FetchException("cannot read " + file + ": " + FileDownloader.reason(e), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createFolder(Path folder) throws FetchException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new FetchException(
          "cannot create the download folder " + folder + ": " + FileDownloader.reason(e), e);
    }
  }
}
