package org.talkarchive.web;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TextNormalizer;

/** The "cite this talk" entry: a BibTeX {@code @misc} record built from the talk as written. */
public final class BibTex {

    /** "Datasets through the L👀king-Glass": the emoji breaks pdflatex, and "oo" is how the title reads. */
    static final String SERIES_EYES = "\uD83D\uDC40";

    private BibTex() {
    }

    public static String of(Talk talk, String url) {
        StringBuilder b = new StringBuilder();
        b.append("@misc{").append(talk.id().replaceAll("[^A-Za-z0-9_-]", "")).append(",\n");
        field(b, "author", talk.speakers().stream().map(Speaker::name).map(BibTex::escape)
                .collect(Collectors.joining(" and ")));
        field(b, "title", "{" + escape(talk.title()) + "}");
        field(b, "howpublished", escape(talk.code().isEmpty() ? talk.series() : "Talk " + talk.code() + ", " + talk.series()));
        if (talk.date() != null) {
            field(b, "year", String.valueOf(talk.date().getYear()));
            b.append("  month = ").append(talk.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)).append(",\n");
        }
        field(b, "url", url);
        if (talk.date() == null) {
            field(b, "note", "Upcoming, date to be announced");
        } else if (talk.video() != null) {
            field(b, "note", "Video: \\url{" + talk.video() + "}");
        }
        b.setLength(b.length() - 2);
        return b.append("\n}\n").toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /**
     * Text pdflatex can typeset: zero-width characters and look-alike letters go (as for the index), the series'
     * eyes emoji is read as the "oo" it stands for, and characters BibTeX/LaTeX would read as commands are escaped;
     * braces are dropped so the entry's own stay balanced.
     */
    static String escape(String s) {
        return TextNormalizer.forIndex(s.replace(SERIES_EYES, "oo"))
                .replace("\\", "")
                .replace("{", "").replace("}", "")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_");
    }
}
