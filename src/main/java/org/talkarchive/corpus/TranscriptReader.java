package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses WebVTT ({@code .vtt}) and SubRip ({@code .srt}) captions into {@link Cue}s. Tolerates what real caption
 * files contain: cue ids, cue settings, NOTE and STYLE blocks, inline tags and YouTube's word timestamps, and the
 * rolling captions of YouTube's auto-captions (a line repeated from the previous cue is dropped).
 */
public final class TranscriptReader {
    private static final Pattern TIMING = Pattern.compile("^(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?$");
    private static final Pattern VTT_TIME = Pattern.compile("(?:(\\d{1,3}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})");
    private static final Pattern SRT_TIME = Pattern.compile("(\\d{1,3}):([0-5]\\d):([0-5]\\d),(\\d{3})");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** Caption format, chosen by file extension. */
    public enum Format {
        VTT, SRT;

        public static Format ofFileName(String name) {
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".srt") ? SRT : VTT;
        }
    }

    private TranscriptReader() {
    }

    /**
     * Parses a caption file's text.
     *
     * @param shown path used in error messages, e.g. "corpus/transcripts/s01e01.vtt"
     * @throws CorpusException listing every bad line
     */
    public static List<Cue> read(String text, Format format, String shown) {
        Problems problems = new Problems();
        List<Cue> cues = parse(text, format, shown, problems);
        if (!problems.isEmpty()) {
            throw new CorpusException(problems.list());
        }
        return cues;
    }

    /**
     * @param shown path used in problems, e.g. "corpus/transcripts/s01e01.vtt"
     * @return the cues in file order; problems (bad timestamps, end before start, ...) are added with their line
     */
    static List<Cue> parse(String text, Format format, String shown, Problems problems) {
        String[] lines = text.split("\r?\n", -1);
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        if (format == Format.VTT) {
            if (lines.length == 0 || !lines[0].startsWith("WEBVTT")) {
                problems.add(shown, 1, "a WebVTT file must start with the line WEBVTT");
                return cues;
            }
            i = 1;
        }
        String previousLast = "";
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            int blockEnd = i;
            while (blockEnd < lines.length && !lines[blockEnd].isBlank()) {
                blockEnd++;
            }
            i = blockEnd;
            String head = lines[blockStart];
            if (format == Format.VTT && (head.startsWith("NOTE") || head.startsWith("STYLE") || head.startsWith("REGION")
                    || head.startsWith("Kind:") || head.startsWith("Language:"))) {
                continue;
            }
            int timingAt = -1;
            for (int k = blockStart; k < blockEnd && k <= blockStart + 1; k++) {
                if (lines[k].contains("-->")) {
                    timingAt = k;
                    break;
                }
            }
            if (timingAt < 0) {
                problems.add(shown, blockStart + 1, "expected a cue timing line like \""
                        + (format == Format.VTT ? "00:01:02.500 --> 00:01:05.000" : "00:01:02,500 --> 00:01:05,000")
                        + "\", found \"" + abbreviate(head) + "\"");
                continue;
            }
            Cue cue = cue(lines, timingAt, blockEnd, format, shown, problems, previousLast);
            if (cue != null) {
                if (!cue.text().isEmpty()) {
                    cues.add(cue);
                }
                previousLast = lastLine(lines, timingAt, blockEnd);
            }
        }
        return cues;
    }

    private static Cue cue(String[] lines, int timingAt, int blockEnd, Format format, String shown, Problems problems,
                           String previousLast) {
        int lineNo = timingAt + 1;
        Matcher timing = TIMING.matcher(lines[timingAt].strip());
        if (!timing.matches()) {
            problems.add(shown, lineNo, "bad cue timing \"" + abbreviate(lines[timingAt]) + "\"");
            return null;
        }
        Double start = seconds(timing.group(1), format);
        Double end = seconds(timing.group(2), format);
        String expected = format == Format.VTT ? "hh:mm:ss.mmm" : "hh:mm:ss,mmm";
        if (start == null) {
            problems.add(shown, lineNo, "bad timestamp \"" + timing.group(1) + "\" (expected " + expected + ")");
        }
        if (end == null) {
            problems.add(shown, lineNo, "bad timestamp \"" + timing.group(2) + "\" (expected " + expected + ")");
        }
        if (start == null || end == null) {
            return null;
        }
        if (end < start) {
            problems.add(shown, lineNo, "cue ends (" + timing.group(2) + ") before it starts (" + timing.group(1) + ")");
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int k = timingAt + 1; k < blockEnd; k++) {
            String clean = clean(lines[k]);
            if (clean.isEmpty() || (k == timingAt + 1 && clean.equals(clean(previousLast)))) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(clean);
        }
        return new Cue(start, end, text.toString(), lineNo);
    }

    private static String lastLine(String[] lines, int timingAt, int blockEnd) {
        return blockEnd - 1 > timingAt ? lines[blockEnd - 1] : "";
    }

    private static String clean(String line) {
        return TAG.matcher(line).replaceAll("").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", "\u00A0").strip();
    }

    static Double seconds(String stamp, Format format) {
        Matcher m = (format == Format.VTT ? VTT_TIME : SRT_TIME).matcher(stamp);
        if (!m.matches()) {
            return null;
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3))
                + Integer.parseInt(m.group(4)) / 1000.0;
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
