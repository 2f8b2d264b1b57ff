package org.litfacets.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.litfacets.sentence.SentenceSplitter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PubMedQA's {@code ori_pqal.json} as role-labelled abstracts: each CONTEXTS passage carries its structured-abstract
 * heading in LABELS, and LONG_ANSWER is the abstract's conclusion. Passages are split into sentences, each taking its
 * passage's role. Abstracts with a heading that names no role (e.g. "UNLABELLED") are left out whole, as in
 * {@link AbstractSection#toLabelledAbstract}.
 *
 * <p>The corpus has no official role split, so a fixed, seeded split by PMID gives training and held-out parts.
 */
public final class PubmedQaCorpus {

    /** Every 5th PMID in seeded-hash order is held out: 20 %. */
    private static final int HELD_OUT_EVERY = 5;
    private static final long SEED = 20191103L;

    private PubmedQaCorpus() {
    }

    public static List<LabelledAbstract> read(Path json, SentenceSplitter splitter) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PubMedQA file " + json, e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(json + ": expected a JSON object keyed by PMID");
        }
        List<LabelledAbstract> abstracts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> record = it.next();
            toAbstract(record.getKey(), record.getValue(), splitter).ifPresent(abstracts::add);
        }
        return abstracts;
    }

    /** The fixed 80 % used for training. */
    public static List<LabelledAbstract> trainingPart(List<LabelledAbstract> abstracts) {
        return abstracts.stream().filter(a -> !isHeldOut(a.id())).toList();
    }

    /** The fixed 20 % never trained on. */
    public static List<LabelledAbstract> heldOutPart(List<LabelledAbstract> abstracts) {
        return abstracts.stream().filter(a -> isHeldOut(a.id())).toList();
    }

    static boolean isHeldOut(String id) {
        long h = SEED;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        return Math.floorMod(h ^ (h >>> 29), HELD_OUT_EVERY) == 0;
    }

    private static Optional<LabelledAbstract> toAbstract(String pmid, JsonNode record, SentenceSplitter splitter) {
        JsonNode contexts = record.path("CONTEXTS");
        JsonNode labels = record.path("LABELS");
        if (!contexts.isArray() || !labels.isArray() || contexts.size() != labels.size()) {
            throw new IllegalArgumentException("PubMedQA record " + pmid + ": CONTEXTS and LABELS must be arrays of equal length");
        }
        List<AbstractSection> sections = new ArrayList<>();
        for (int i = 0; i < contexts.size(); i++) {
            sections.add(new AbstractSection(labels.get(i).asText(), null, contexts.get(i).asText()));
        }
        String conclusion = record.path("LONG_ANSWER").asText("");
        if (!conclusion.isBlank()) {
            sections.add(new AbstractSection(null, Role.CONCLUSIONS.name(), conclusion));
        }
        return AbstractSection.toLabelledAbstract(pmid, sections, splitter);
    }
}
