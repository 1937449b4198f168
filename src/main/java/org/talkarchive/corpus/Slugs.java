package org.talkarchive.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: accents folded, lower case, words joined by hyphens. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");

    private Slugs() {
    }

    public static String slugify(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(TextNormalizer.forIndex(text), Normalizer.Form.NFD))
                .replaceAll("");
        String hyphenated = NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        return EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
    }
}
