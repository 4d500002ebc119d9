package org.claimgraph.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by the key functions: case, accents, punctuation and spacing do not separate names. */
final class Names {

    private Names() {
    }

    /** "Volodymyr  Zelenskyy's" and "volodymyr zelenskyy" normalise alike; returns "" for a name without letters. */
    static String normalise(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return folded;
    }
}
