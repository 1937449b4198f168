package org.talkarchive.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;

/**
 * An iCalendar (RFC 5545) file of upcoming talks. Talks have dates but no times, so each is an all-day event. A talk
 * whose date is not announced cannot be an event (an event needs a start); such talks are named in the calendar's
 * description instead and appear as events once dated.
 */
final class Calendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Calendar() {
    }

    static String of(List<Talk> upcoming, String name, LocalDate stamp, WebConfig config) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//talk-archive//upcoming talks//EN");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "X-WR-CALNAME:" + escape(name));
        List<Talk> undated = upcoming.stream().filter(t -> t.date() == null).toList();
        if (!undated.isEmpty()) {
            line(b, "X-WR-CALDESC:" + escape("Announced, date to be announced: " + undated.stream()
                    .map(t -> t.title() + " (" + speakers(t) + ")").collect(Collectors.joining("; "))));
        }
        String host = config.publicBaseUrl().replaceFirst("https?://", "").replaceAll("[/:].*", "");
        for (Talk t : upcoming) {
            if (t.date() == null) {
                continue;
            }
            line(b, "BEGIN:VEVENT");
            line(b, "UID:" + t.id() + "@" + host);
            line(b, "DTSTAMP:" + DAY.format(stamp) + "T000000Z");
            line(b, "DTSTART;VALUE=DATE:" + DAY.format(t.date()));
            line(b, "DTEND;VALUE=DATE:" + DAY.format(t.date().plusDays(1)));
            line(b, "SUMMARY:" + escape(t.title() + " (" + speakers(t) + ")"));
            line(b, "DESCRIPTION:" + escape(t.abstractText() == null ? "" : t.abstractText()));
            line(b, "URL:" + config.absolute(Paths.talk(t.id())));
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    private static String speakers(Talk t) {
        return t.speakers().stream().map(Speaker::name).collect(Collectors.joining(", "));
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Content lines end in CRLF and fold at 75 octets, never inside a UTF-8 sequence. */
    private static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
