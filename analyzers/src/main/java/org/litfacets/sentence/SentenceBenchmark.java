package org.litfacets.sentence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;

/**
 * Sentence splitting on the abstracts of an annotated PubTator corpus. The corpora have no gold
 * sentences, but every gold entity mention lies inside one sentence, so a boundary that cuts a
 * mention is a certain false split: counted for the raw OpenNLP model and after the post-pass.
 */
public final class SentenceBenchmark {

    public record Result(String corpus, int documents, int mentions, int sentencesRaw, int sentences,
                         int cutMentionsRaw, int cutMentions, double sentencesPerSecond) {

        public Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("documents", (double) documents);
            f.put("mentions", (double) mentions);
            f.put("sentences.raw", (double) sentencesRaw);
            f.put("sentences", (double) sentences);
            f.put("cut_mentions.raw", (double) cutMentionsRaw);
            f.put("cut_mentions", (double) cutMentions);
            f.put("sentences_per_s", sentencesPerSecond);
            return f;
        }

        public String report() {
            return String.format(Locale.ROOT,
                    "Sentence splitting on %s (%d documents, %d gold mentions)%n"
                            + "%-28s %10s %14s%n%-28s %10d %14d%n%-28s %10d %14d%n"
                            + "speed (with post-pass): %.0f sentences/s on one thread%n",
                    corpus, documents, mentions, "", "sentences", "cut mentions",
                    "OpenNLP UD model", sentencesRaw, cutMentionsRaw,
                    "+ abbreviation post-pass", sentences, cutMentions, sentencesPerSecond);
        }
    }

    /** Sentence ends against hand-checked ones: a boundary is right when its offset is a gold end. */
    public record BoundaryScore(int documents, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public Map<String, Double> figures() {
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("boundary.precision", precision());
            f.put("boundary.recall", recall());
            f.put("boundary.gold", (double) gold);
            return f;
        }

        public String report() {
            return String.format(Locale.ROOT, "Sentence boundaries on %d hand-checked abstracts: P %.4f R %.4f (%d gold, %d found, %d right)%n",
                    documents, precision(), recall(), gold, predicted, correct);
        }
    }

    private SentenceBenchmark() {
    }

    /**
     * Scores the splitter on hand-checked sentence ends: {@code goldFile} has lines
     * "corpus file (relative to dataDir) TAB PMID TAB comma-separated end offsets"; the end of the
     * text is not a boundary and is not scored.
     */
    public static BoundaryScore scoreBoundaries(Path dataDir, Path goldFile) {
        Map<String, Map<String, Set<Integer>>> gold = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(goldFile)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalArgumentException(goldFile + ": expected 3 tab-separated columns in: " + line);
                }
                Set<Integer> ends = new HashSet<>();
                for (String e : cols[2].split(",")) {
                    ends.add(Integer.parseInt(e.trim()));
                }
                gold.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(cols[1], ends);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        SentenceSplitter splitter = new SentenceSplitter();
        int documents = 0;
        int goldCount = 0;
        int predicted = 0;
        int correct = 0;
        for (Map.Entry<String, Map<String, Set<Integer>>> corpus : gold.entrySet()) {
            for (PubtatorDocument doc : PubtatorReader.read(dataDir.resolve(corpus.getKey()))) {
                Set<Integer> wanted = corpus.getValue().get(doc.pmid());
                if (wanted == null) {
                    continue;
                }
                documents++;
                int textEnd = doc.text().stripTrailing().length();
                Set<Integer> goldEnds = new HashSet<>();
                for (int e : wanted) {
                    if (e < textEnd) {
                        goldEnds.add(e);
                    }
                }
                Set<Integer> found = new HashSet<>();
                for (Span s : splitter.split(doc.title(), doc.abstractText())) {
                    if (s.end() < textEnd) {
                        found.add(s.end());
                    }
                }
                goldCount += goldEnds.size();
                predicted += found.size();
                found.retainAll(goldEnds);
                correct += found.size();
            }
        }
        return new BoundaryScore(documents, goldCount, predicted, correct);
    }

    public static Result run(Path pubtatorFile) {
        return run(pubtatorFile.getFileName().toString(), PubtatorReader.read(pubtatorFile), new SentenceSplitter());
    }

    public static Result run(String corpus, List<PubtatorDocument> documents, SentenceSplitter splitter) {
        int mentions = 0;
        int rawSentences = 0;
        int sentences = 0;
        int rawCuts = 0;
        int cuts = 0;
        long nanos = 0;
        for (PubtatorDocument doc : documents) {
            String text = doc.text();
            int titleEnd = doc.title().length();
            List<Span> raw = new java.util.ArrayList<>(splitter.splitWithoutPostPass(doc.title()));
            for (Span s : splitter.splitWithoutPostPass(doc.abstractText())) {
                raw.add(new Span(s.start() + titleEnd + 1, s.end() + titleEnd + 1));
            }
            long t0 = System.nanoTime();
            List<Span> fixed = splitter.split(doc.title(), doc.abstractText());
            nanos += System.nanoTime() - t0;
            rawSentences += raw.size();
            sentences += fixed.size();
            for (PubtatorAnnotation a : doc.annotations()) {
                if (a.end() > text.length()) {
                    continue;
                }
                mentions++;
                if (cuts(raw, a)) {
                    rawCuts++;
                }
                if (cuts(fixed, a)) {
                    cuts++;
                }
            }
        }
        double perSecond = nanos == 0 ? 0 : sentences / (nanos / 1e9);
        return new Result(corpus, documents.size(), mentions, rawSentences, sentences, rawCuts, cuts, perSecond);
    }

    private static boolean cuts(List<Span> sentences, PubtatorAnnotation a) {
        Span mention = new Span(a.start(), a.end());
        for (Span s : sentences) {
            if (s.contains(mention)) {
                return false;
            }
        }
        return true;
    }
}
