package org.litfacets.entity.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.litfacets.sentence.Span;

/**
 * CRF observation features of each subword token, in the tradition of BANNER, tmChem and
 * TaggerOne: the token and its lower case, character shape, affixes, character classes
 * (Greek letters, Roman numerals, element symbols, amino acids), whether it is glued to its
 * neighbours without a space, the whitespace-delimited chunk it sits in, its place in dictionary
 * terms ({@link TermDictionary}), and the same for the neighbours within two tokens. Changing any feature invalidates trained models: bump
 * {@link #VERSION}, which is part of the model file names.
 */
public final class TokenFeatures {

    /** Part of model file names so that a model trained with other features is never loaded. */
    public static final int VERSION = 1;

    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta",
            "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma",
            "tau", "upsilon", "phi", "chi", "psi", "omega");
    private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII");
    private static final Set<String> ELEMENTS = Set.of("H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne",
            "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca", "Ti", "Cr", "Mn", "Fe", "Co", "Ni", "Cu",
            "Zn", "Ga", "As", "Se", "Br", "Sr", "Ag", "Cd", "Sn", "Sb", "I", "Ba", "Pt", "Au", "Hg", "Pb",
            "Bi", "Gd", "Tc");
    private static final Set<String> AMINO_ACIDS = Set.of("ala", "arg", "asn", "asp", "cys", "gln", "glu",
            "gly", "his", "ile", "leu", "lys", "met", "phe", "pro", "ser", "thr", "trp", "tyr", "val", "ter");

    private TokenFeatures() {
    }

    /** The features of every token of {@code text}, in token order. */
    public static List<List<String>> of(String text, List<Span> tokens, TermDictionary dictionary) {
        int n = tokens.size();
        char[][] terms = dictionary.match(text, tokens);
        String[] word = new String[n];
        String[] lower = new String[n];
        String[] shortShape = new String[n];
        boolean[] gluedLeft = new boolean[n];
        for (int i = 0; i < n; i++) {
            Span t = tokens.get(i);
            word[i] = t.of(text);
            lower[i] = word[i].toLowerCase(Locale.ROOT);
            shortShape[i] = shape(word[i], true);
            gluedLeft[i] = i > 0 && tokens.get(i - 1).end() == t.start();
        }
        int[] chunkStart = new int[n];
        int[] chunkEnd = new int[n];
        for (int i = 0; i < n; i++) {
            chunkStart[i] = gluedLeft[i] ? chunkStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            chunkEnd[i] = i + 1 < n && gluedLeft[i + 1] ? chunkEnd[i + 1] : i + 1;
        }

        List<List<String>> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(48);
            String w = word[i];
            String lw = lower[i];
            f.add("w=" + w);
            f.add("lw=" + lw);
            f.add("sh=" + shape(w, false));
            f.add("ss=" + shortShape[i]);
            for (int k = 1; k <= 4 && k < lw.length(); k++) {
                f.add("p" + k + "=" + lw.substring(0, k));
                f.add("s" + k + "=" + lw.substring(lw.length() - k));
            }
            f.add("len=" + Math.min(lw.length(), 8));
            classes(w, lw, f);
            f.add("gl=" + gluedLeft[i] + (i + 1 < n && gluedLeft[i + 1]));
            for (TermDictionary.Category c : TermDictionary.Category.values()) {
                char mark = terms[c.ordinal()][i];
                if (mark != 0) {
                    f.add("d" + c.code + "=" + mark);
                }
            }

            int cs = chunkStart[i];
            int ce = chunkEnd[i];
            if (ce - cs > 1) {
                String chunk = text.substring(tokens.get(cs).start(), tokens.get(ce - 1).end());
                f.add("ck=" + chunk.toLowerCase(Locale.ROOT));
                f.add("cks=" + shape(chunk, true));
                f.add("ckp=" + (i == cs ? "B" : i == ce - 1 ? "E" : "I"));
                f.add("ckl=" + lower[ce - 1]);
                f.add("ckf=" + lower[cs]);
            }

            for (int d = -2; d <= 2; d++) {
                if (d == 0) {
                    continue;
                }
                int j = i + d;
                if (j < 0) {
                    f.add("lw[" + d + "]=<S>");
                    continue;
                }
                if (j >= n) {
                    f.add("lw[" + d + "]=</S>");
                    continue;
                }
                f.add("lw[" + d + "]=" + lower[j]);
                f.add("ss[" + d + "]=" + shortShape[j]);
                if (Math.abs(d) == 1 && lower[j].length() > 3) {
                    f.add("s3[" + d + "]=" + lower[j].substring(lower[j].length() - 3));
                }
            }
            if (i > 0) {
                f.add("lw[-1,0]=" + lower[i - 1] + "|" + lw);
            }
            if (i + 1 < n) {
                f.add("lw[0,1]=" + lw + "|" + lower[i + 1]);
            }
            if (i > 0 && i + 1 < n) {
                f.add("ss[-1,0,1]=" + shortShape[i - 1] + "|" + shortShape[i] + "|" + shortShape[i + 1]);
            }
            features.add(f);
        }
        return features;
    }

    private static void classes(String w, String lw, List<String> f) {
        char first = w.charAt(0);
        if (Character.isLetter(first)) {
            boolean allUpper = true;
            boolean anyUpper = false;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                allUpper &= Character.isUpperCase(c);
                anyUpper |= Character.isUpperCase(c);
                if (c >= '\u0370' && c <= '\u03ff') {
                    f.add("GRC");
                }
            }
            if (allUpper) {
                f.add("AC");
            } else if (Character.isUpperCase(first)) {
                f.add("IC");
            } else if (anyUpper) {
                f.add("MC");
            }
            if (GREEK.contains(lw)) {
                f.add("GR");
            }
            if (ROMAN.contains(w)) {
                f.add("RN");
            }
            if (ELEMENTS.contains(w)) {
                f.add("EL");
            }
            if (AMINO_ACIDS.contains(lw) && w.length() == 3 && Character.isUpperCase(first)) {
                f.add("AA");
            }
        } else if (Character.isDigit(first)) {
            f.add("D");
        } else {
            f.add("P=" + first);
        }
    }

    /** Letters become A or a, digits 0, other characters stay; {@code collapse} merges repeats. */
    static String shape(String s, boolean collapse) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 16));
        char last = 0;
        for (int k = 0; k < s.length() && b.length() < 16; k++) {
            char c = s.charAt(k);
            char m = Character.isUpperCase(c) ? 'A'
                    : Character.isLetter(c) ? 'a'
                    : Character.isDigit(c) ? '0'
                    : Character.isWhitespace(c) ? '_' : c;
            if (!collapse || m != last) {
                b.append(m);
            }
            last = m;
        }
        return b.toString();
    }
}
