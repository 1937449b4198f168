package org.talkarchive.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cue timestamps of WebVTT ({@code 01:02.500}, {@code 00:01:02.500}) and SubRip ({@code 00:01:02,500}). */
final class CaptionTime {
    private static final Pattern VTT = Pattern.compile("(?:(\\d{1,3}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})");
    /** SubRip as written in the wild: a dot for the comma, one or two digit fractions, hours left out. */
    private static final Pattern SRT = Pattern.compile("(?:(\\d{1,3}):)?([0-5]?\\d):([0-5]\\d)[,.](\\d{1,3})");

    private CaptionTime() {
    }

    /** Seconds, or null when the stamp is not a timestamp of the format. */
    static Double seconds(String stamp, TranscriptReader.Format format) {
        Matcher m = (format == TranscriptReader.Format.VTT ? VTT : SRT).matcher(stamp);
        if (!m.matches()) {
            return null;
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        String fraction = m.group(4);
        double millis = Integer.parseInt(fraction) * Math.pow(10, 3 - fraction.length());
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3)) + millis / 1000.0;
    }

    static String expected(TranscriptReader.Format format) {
        return format == TranscriptReader.Format.VTT ? "hh:mm:ss.mmm" : "hh:mm:ss,mmm";
    }
}
