package org.talkarchive.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: accents folded, lower case, words joined by hyphens. */
public final class Slugs {
    private Slugs() {
    }

    public static String slugify(String text) {
        String folded = Normalizer.normalize(TextNormalizer.forIndex(text), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
    }
}
