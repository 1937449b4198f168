package org.talkarchive.web;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TextNormalizer;

/** The "cite this talk" entry: a BibTeX {@code @misc} record built from the talk as written. */
public final class BibTex {

    private BibTex() {
    }

    /**
     * @param archive its {@code plainName} stands for the series' name where that name cannot be typeset (the
     *                bundled series' eyes emoji, which "oo" reads as)
     */
    public static String of(Talk talk, String url, ArchiveIdentity archive) {
        String series = talk.series() != null && talk.series().equals(archive.name()) && archive.plainName() != null
                ? archive.plainName() : talk.series();
        StringBuilder b = new StringBuilder();
        b.append("@misc{").append(talk.id().replaceAll("[^A-Za-z0-9_-]", "")).append(",\n");
        field(b, "author", talk.speakers().stream().map(Speaker::name).map(BibTex::escape)
                .collect(Collectors.joining(" and ")));
        field(b, "title", "{" + escape(talk.title()) + "}");
        String published = talk.code().isEmpty() ? series
                : "Talk " + talk.code() + (series == null ? "" : ", " + series);
        field(b, "howpublished", escape(published == null ? "" : published));
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
     * Text pdflatex can typeset: zero-width characters and look-alike letters go (as for the index), so do symbols
     * such as emoji (no standard font has them), and characters BibTeX/LaTeX would read as commands are escaped;
     * braces are dropped so the entry's own stay balanced.
     */
    static String escape(String s) {
        return TextNormalizer.forIndex(s).replaceAll("[\\p{So}\\p{Cs}\\x{FE0F}]", "")
                .replace("\\", "")
                .replace("{", "").replace("}", "")
                .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_");
    }
}
