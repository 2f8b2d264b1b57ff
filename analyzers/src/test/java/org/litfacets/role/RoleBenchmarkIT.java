package org.litfacets.role;

import org.litfacets.article.AbstractSection;

import org.junit.jupiter.api.Test;
import org.litfacets.testing.SharedData;
import org.litfacets.sentence.SentenceSplitter;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Regression test of sentence roles on the fixed held-out 20 % of PubMedQA, on the structured abstracts of the
 * PubMed XML samples (and on PubMed 20k RCT's dev split when a pubmed-rct folder appears in shared data), against the scores in regression/roles.properties. Uses the role model
 * in models/roles.bin, training it from the shared data when absent.
 */
class RoleBenchmarkIT {

    private static final double MARGIN = 0.02;

    @Test
    void pubmedQaHeldOut() throws IOException {
        Path json = SharedData.root().resolve("pubmedqa/ori_pqal.json");
        assumeTrue(Files.isRegularFile(json), json + " absent, skipping");

        RoleBenchmark.Result r = RoleBenchmark.run(json, model());
        System.out.print(r.report());

        assertAtLeastExpected(r.figures(), "pubmedqa.");
        assertThat(r.abstracts()).isGreaterThan(100);
    }

    /** Structured abstracts of real PubMed XML, none of them in the training data, labels hidden from the classifier. */
    @Test
    void pubmedXmlStructuredAbstracts() throws IOException, XMLStreamException {
        Path dir = SharedData.root().resolve("pubmed-xml-samples");
        assumeTrue(Files.isDirectory(dir), dir + " absent, skipping");
        List<LabelledAbstract> abstracts = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path xml : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                abstracts.addAll(structuredAbstracts(xml, splitter));
            }
        }

        RoleBenchmark.Result r = RoleBenchmark.run(dir.toString(), abstracts, model());
        System.out.print(r.report());

        assertAtLeastExpected(r.figures(), "pubmedxml.");
        assertThat(r.abstracts()).isGreaterThan(80);
    }

    @Test
    void pubmedRctDev() throws IOException {
        Path dev = SharedData.root().resolve("pubmed-rct");
        assumeTrue(Files.isDirectory(dev), dev + " absent, skipping");

        RoleBenchmark.Result r = RoleBenchmark.run(dev, model());
        System.out.print(r.report());

        assertThat(r.microF1()).as("micro-F1 on PubMed RCT dev (issue goal 0.88)").isGreaterThanOrEqualTo(0.88);
    }

    private static RoleModel model() {
        List<Path> inputs = new ArrayList<>();
        inputs.add(SharedData.root().resolve("pubmedqa/ori_pqal.json"));
        Path rct = SharedData.root().resolve("pubmed-rct");
        if (Files.isDirectory(rct)) {
            inputs.add(rct);
        }
        return RoleModel.loadOrTrain(SharedData.models().resolve("roles.bin"), inputs);
    }

    /** The abstracts of a PubmedArticleSet whose every AbstractText has a Label or NlmCategory. */
    private static List<LabelledAbstract> structuredAbstracts(Path xml, SentenceSplitter splitter) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<LabelledAbstract> result = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String pmid = null;
            List<AbstractSection> sections = new ArrayList<>();
            boolean structured = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "PubmedArticle" -> {
                            pmid = null;
                            sections = new ArrayList<>();
                            structured = true;
                        }
                        case "PMID" -> {
                            if (pmid == null) {
                                pmid = r.getElementText().trim();
                            }
                        }
                        case "AbstractText" -> {
                            String label = r.getAttributeValue(null, "Label");
                            String category = r.getAttributeValue(null, "NlmCategory");
                            structured &= label != null || category != null;
                            sections.add(new AbstractSection(label, category, text(r)));
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("PubmedArticle")
                        && structured && !sections.isEmpty()) {
                    LabelledAbstract.of(pmid, sections, splitter).ifPresent(result::add);
                }
            }
        }
        return result;
    }

    /** Text of the current element including inline markup such as {@code <i>} or {@code <sup>}. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                b.append(r.getText());
            }
        }
        return b.toString();
    }

    static void assertAtLeastExpected(Map<String, Double> figures, String prefix) throws IOException {
        Properties expected = new Properties();
        try (InputStream in = RoleBenchmarkIT.class.getResourceAsStream("/regression/roles.properties")) {
            expected.load(in);
        }
        int checked = 0;
        for (String key : expected.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                String figure = key.substring(prefix.length());
                assertThat(figures).containsKey(figure);
                assertThat(figures.get(figure)).as(figure)
                        .isGreaterThanOrEqualTo(Double.parseDouble(expected.getProperty(key)) - MARGIN);
                checked++;
            }
        }
        assertThat(checked).as("expected scores for " + prefix).isPositive();
    }
}
