package org.talkarchive.importer;

import org.talkarchive.corpus.Slugs;

/** Talk ids made from titles or file names: a slug, cut at a word boundary so URLs stay readable. */
final class TalkIds {
    static final int MAX_LENGTH = 80;

    private TalkIds() {
    }

    static String of(String text) {
        String slug = Slugs.slugify(text);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "talk" : slug;
    }
}
