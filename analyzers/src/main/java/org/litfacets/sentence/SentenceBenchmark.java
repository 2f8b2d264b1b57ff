package org.litfacets.sentence;

import java.nio.file.Path;
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

    private SentenceBenchmark() {
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
