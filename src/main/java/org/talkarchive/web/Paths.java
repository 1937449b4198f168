package org.talkarchive.web;

import org.talkarchive.corpus.Clocks;
import org.talkarchive.corpus.Slugs;
import org.talkarchive.search.Suggestion;

/** The app's page paths, in one place so links and routes agree. */
public final class Paths {

    private Paths() {
    }

    public static String talk(String id) {
        return "/talks/" + SearchUrls.encode(id);
    }

    /** The transcript line of a talk page that starts at a second. */
    public static String transcriptAnchor(String talkId, double start) {
        return talk(talkId) + "#" + anchor(start);
    }

    public static String anchor(double start) {
        return "t" + (long) Math.floor(start);
    }

    public static String topic(String id) {
        return "/topics/" + SearchUrls.encode(id);
    }

    public static String dataset(String id) {
        return "/datasets/" + SearchUrls.encode(id);
    }

    public static String speaker(String slug) {
        return "/speakers/" + SearchUrls.encode(slug);
    }

    /** A series page: its name as a slug ("PyCon US 2019" -> /series/pycon-us-2019). */
    public static String series(String name) {
        return "/series/" + SearchUrls.encode(Slugs.slugify(name));
    }

    public static String season(int n) {
        return "/seasons/" + n;
    }

    /** Where a suggestion leads: the talk, the topic or the speaker it names, else a search for its text. */
    public static String suggestion(Suggestion s) {
        return switch (s.kind()) {
            case "title" -> talk(s.value());
            case "topic" -> topic(s.value());
            case "speaker" -> speaker(s.value());
            default -> "/search?q=" + SearchUrls.encode(s.value());
        };
    }

    /** "12:03" or "1:02:03". */
    public static String clock(double seconds) {
        return Clocks.format(seconds);
    }
}
