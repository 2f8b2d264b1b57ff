package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.web.ServedApp.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.search.BooleanCorpus;
import org.litfacets.solr.SolrConnection;

/**
 * E-utilities as NCBI's own client uses them: Biopython's Entrez, pointed at this server, searching
 * and fetching, its answers read offline against the DTDs Biopython ships. Skipped when Biopython
 * is not installed.
 */
class EutilsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Biopython 1.80 builds every request from NCBI's full URL in {@code _build_request}: the base is
   * swapped there, so that the script's own calls are the ones written for NCBI.
   */
  private static final String SCRIPT =
      """
      import json, sys
      from Bio import Entrez
      NCBI = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
      build = Entrez._build_request
      Entrez._build_request = lambda cgi, *a, **k: build(cgi.replace(NCBI, sys.argv[1]), *a, **k)
      Entrez.email = "x"
      Entrez.tool = "t"
      first = Entrez.read(Entrez.esearch(db="pubmed", term="diabetes", retmax=2))
      rest = Entrez.read(Entrez.esearch(db="pubmed", term="diabetes", retmax=2, retstart=2))
      # 200 ids or more: Biopython sends them by POST, as NCBI asks.
      ids = ["80000001", "80000002"] + [str(90000000 + i) for i in range(200)]
      fetched = Entrez.read(Entrez.efetch(db="pubmed", id=",".join(ids), retmode="xml"))
      articles = []
      for a in fetched["PubmedArticle"]:
          citation = a["MedlineCitation"]
          heading = citation["MeshHeadingList"][0]
          articles.append({
              "pmid": str(citation["PMID"]),
              "title": str(citation["Article"]["ArticleTitle"]),
              "abstract": str(citation["Article"]["Abstract"]["AbstractText"][0]),
              "year": str(citation["Article"]["Journal"]["JournalIssue"]["PubDate"]["Year"]),
              "author": str(citation["Article"]["AuthorList"][0]["LastName"]),
              "heading": str(heading["DescriptorName"]),
              "major": heading["DescriptorName"].attributes["MajorTopicYN"],
              "qualifiers": [str(q) for q in heading["QualifierName"]],
              "doi": [str(i) for i in a["PubmedData"]["ArticleIdList"] if i.attributes["IdType"] == "doi"],
          })
      print(json.dumps({"count": first["Count"], "first": first["IdList"], "rest": rest["IdList"],
                        "translation": first["QueryTranslation"], "articles": articles}))
      """;

  private static ServedApp app;
  private static String python;

  @BeforeAll
  static void start() throws Exception {
    python =
        List.of("python3", "/usr/bin/python3").stream()
            .filter(EutilsIT::importsBiopython)
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(
        python != null,
        "Biopython is not installed (apt-get install -y python3-biopython); "
            + "skipping the E-utilities client test");
    SolrConnection solr = BooleanCorpus.connect();
    app = ServedApp.start(solr, Optional.of(BooleanCorpus.MESH));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static boolean importsBiopython(String python) {
    try {
      Process p = new ProcessBuilder(python, "-c", "import Bio").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void biopythonSearchesAndFetchesAsFromNcbi() throws Exception {
    Path script = Files.createTempFile("entrez", ".py");
    Files.writeString(script, SCRIPT);
    Process p =
        new ProcessBuilder(python, script.toString(), app.base() + "/eutils/")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    JsonNode result = JSON.readTree(out);
    assertThat(result.get("count").asText()).isEqualTo("3");
    // Most recent first, as PubMed's E-utilities sort by default: 2021, 2015, then 2012.
    assertThat(result.get("first"))
        .extracting(JsonNode::asText)
        .containsExactly("80000002", "80000001");
    assertThat(result.get("rest")).extracting(JsonNode::asText).containsExactly("80000003");
    assertThat(result.get("translation").asText()).isEqualTo("diabetes");
    JsonNode type2 = result.get("articles").get(0);
    assertThat(result.get("articles")).hasSize(2);
    assertThat(type2.get("pmid").asText()).isEqualTo("80000001");
    assertThat(type2.get("title").asText()).isEqualTo("Glucose control in type 2 diabetes");
    assertThat(type2.get("abstract").asText())
        .isEqualTo("Tight glycaemic control reduced complications.");
    assertThat(type2.get("year").asText()).isEqualTo("2015");
    assertThat(type2.get("author").asText()).isEqualTo("Smith");
    assertThat(type2.get("heading").asText()).isEqualTo("Diabetes Mellitus, Type 2");
    assertThat(type2.get("major").asText()).isEqualTo("Y");
    assertThat(type2.get("qualifiers"))
        .extracting(JsonNode::asText)
        .containsExactly("drug therapy");
    assertThat(type2.get("doi")).extracting(JsonNode::asText).containsExactly("10.1000/80000001");
    assertThat(result.get("articles").get(1).get("title").asText()).isEqualTo("Retinal screening");
  }

  @Test
  void esearchAnswersInNcbisJsonAndCountsDeeperThanTenThousand() throws Exception {
    HttpResponse<String> r =
        app.get(
            "/eutils/esearch.fcgi?db=pubmed&retmode=json&retstart=20000&term="
                + encode("\"Diabetes Mellitus\"[mh]"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.get("header").get("type").asText()).isEqualTo("esearch");
    JsonNode result = json.get("esearchresult");
    assertThat(result.get("count").asText()).isEqualTo("3");
    assertThat(result.get("retstart").asText()).isEqualTo("20000");
    assertThat(result.get("idlist")).isEmpty();
    assertThat(result.get("querytranslation").asText()).isEqualTo("\"Diabetes Mellitus\"[mh]");

    HttpResponse<String> wrongDb = app.get("/eutils/esearch.fcgi?db=protein&term=x");
    assertThat(wrongDb.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(wrongDb.body()).get("message").asText()).contains("db must be pubmed");
  }
}
