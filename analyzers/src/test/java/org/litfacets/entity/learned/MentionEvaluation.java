package org.litfacets.entity.learned;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.litfacets.entity.EntityType;
import org.litfacets.entity.Mention;
import org.litfacets.entity.MentionTagger;
import org.litfacets.pubtator.PubtatorAnnotation;
import org.litfacets.pubtator.PubtatorDocument;
import org.litfacets.pubtator.PubtatorReader;

/**
 * Mention-level strict precision/recall/F1 per type (same start, end and type) of a tagger on a
 * PubTator file, counting only the types the file annotates; also abstracts per second.
 */
final class MentionEvaluation {

    record Result(Map<EntityType, int[]> counts, int documents, double seconds) {

        double precision(EntityType t) {
            int[] c = counts.get(t);
            return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        }

        double recall(EntityType t) {
            int[] c = counts.get(t);
            return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        }

        double f1(EntityType t) {
            double p = precision(t);
            double r = recall(t);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Map<String, Double> figures() {
            Map<String, Double> figures = new LinkedHashMap<>();
            counts.keySet().forEach(t -> {
                figures.put(t.key() + ".mention.precision", precision(t));
                figures.put(t.key() + ".mention.recall", recall(t));
                figures.put(t.key() + ".mention.f1", f1(t));
            });
            figures.put("abstracts_per_second", documents / seconds);
            return figures;
        }

        String report() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-10s %6s %6s %6s %6s %6s %6s%n",
                    "type", "gold", "tp", "fp", "P", "R", "F1"));
            counts.forEach((t, c) -> b.append(String.format(Locale.ROOT, "%-10s %6d %6d %6d %6.4f %6.4f %6.4f%n",
                    t.key(), c[0] + c[2], c[0], c[1], precision(t), recall(t), f1(t))));
            b.append(String.format(Locale.ROOT, "%d abstracts in %.1f s: %.0f abstracts/s (one thread)%n",
                    documents, seconds, documents / seconds));
            return b.toString();
        }
    }

    private record Key(String pmid, int start, int end, EntityType type) {
    }

    private MentionEvaluation() {
    }

    static Result evaluate(MentionTagger tagger, Path pubtatorFile) {
        List<PubtatorDocument> documents = PubtatorReader.read(pubtatorFile);
        Set<Key> gold = new HashSet<>();
        Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
        for (PubtatorDocument d : documents) {
            for (PubtatorAnnotation a : d.annotations()) {
                EntityType.fromCorpusType(a.type()).ifPresent(t -> {
                    types.add(t);
                    gold.add(new Key(d.pmid(), a.start(), a.end(), t));
                });
            }
        }
        Set<Key> predicted = new HashSet<>();
        long started = System.nanoTime();
        for (PubtatorDocument d : documents) {
            for (Mention m : tagger.tag(d.text())) {
                if (types.contains(m.type())) {
                    predicted.add(new Key(d.pmid(), m.start(), m.end(), m.type()));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        types.forEach(t -> counts.put(t, new int[3]));
        for (Key k : predicted) {
            counts.get(k.type())[gold.contains(k) ? 0 : 1]++;
        }
        for (Key k : gold) {
            if (!predicted.contains(k)) {
                counts.get(k.type())[2]++;
            }
        }
        return new Result(counts, documents.size(), seconds);
    }
}
