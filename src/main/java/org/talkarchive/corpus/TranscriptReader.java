package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Parses WebVTT ({@code .vtt}) and SubRip ({@code .srt}) captions into {@link Cue}s, as real sources write them:
 * cue ids and settings, NOTE and STYLE blocks, inline tags and YouTube's word timestamps, YouTube's rolling
 * auto-captions, HLS-segmented WebVTT (a {@code WEBVTT} header with {@code X-TIMESTAMP-MAP} in every segment and the
 * cue before it repeated after it), HTML entities, SubRip without index lines or with {@code .} for {@code ,}, a BOM.
 * Anything else is a problem naming the file and line.
 */
public final class TranscriptReader {

    /** Caption format, chosen by file extension. */
    public enum Format {
        VTT, SRT;

        public static Format ofFileName(String name) {
            return name.toLowerCase(Locale.ROOT).endsWith(".srt") ? SRT : VTT;
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
        String[] lines = CaptionBlocks.lines(text);
        List<Cue> cues = new ArrayList<>();
        List<CaptionBlocks.Block> blocks = CaptionBlocks.split(lines);
        if (blocks.stream().noneMatch(b -> b.lines().stream().anyMatch(CaptionBlocks::isTiming))) {
            // One line for a file that holds no captions at all (a plain-text transcript), not one per paragraph.
            problems.add(shown, 1, "no cue timings found; a caption file has lines like \"" + example(format) + "\"");
            return cues;
        }
        if (format == Format.VTT && !blocks.getFirst().head().startsWith("WEBVTT")
                && !CaptionBlocks.isTiming(blocks.getFirst().head())) {
            problems.add(shown, blocks.getFirst().firstLine(), "a WebVTT file must start with the line WEBVTT");
            return cues;
        }
        SegmentClock clock = new SegmentClock();
        RepeatFilter repeats = new RepeatFilter();
        double offset = 0;
        Cue last = null;
        boolean inRepeat = false;
        for (CaptionBlocks.Block block : blocks) {
            String head = block.head();
            if (format == Format.VTT && CaptionBlocks.isHeader(head)) {
                offset = clock.offsetAfter(block.lines());
                last = null;
                inRepeat = false;
                continue;
            }
            if (isSkipped(head, format)) {
                continue;
            }
            int timingAt = block.lines().size() > 1 && !CaptionBlocks.isTiming(head) ? 1 : 0;
            if (!block.lines().get(timingAt).contains("-->")) {
                if (inRepeat) {
                    continue;
                }
                if (last != null) {
                    // Text after an empty line inside a cue (seen in the WWDC files): the cue goes on.
                    last = continued(cues, last, block);
                    continue;
                }
                problems.add(shown, block.firstLine(), "expected a cue timing line like \"" + example(format)
                        + "\", found \"" + abbreviate(head) + "\"");
                continue;
            }
            Cue timed = cue(block, timingAt, offset, format, shown, problems);
            String said = timed == null ? "" : repeats.newWords(timed.start(), timed.end(), timed.text());
            inRepeat = said == null;
            last = timed == null || inRepeat ? null : new Cue(timed.start(), timed.end(), said, timed.line());
            if (last != null && !said.isEmpty()) {
                cues.add(last);
            }
        }
        return cues;
    }

    /**
     * NOTE, STYLE and REGION blocks, YouTube's Kind/Language lines, and an HTML error page that a failed segment
     * download left in concatenated HLS captions (six WWDC files have one) are not captions.
     */
    private static boolean isSkipped(String head, Format format) {
        String upper = head.strip().toUpperCase(Locale.ROOT);
        if (upper.startsWith("<HTML") || upper.startsWith("<!DOCTYPE HTML")) {
            return true;
        }
        return format == Format.VTT && (head.startsWith("NOTE") || head.startsWith("STYLE") || head.startsWith("REGION")
                || head.startsWith("Kind:") || head.startsWith("Language:"));
    }

    private static Cue continued(List<Cue> cues, Cue last, CaptionBlocks.Block block) {
        StringBuilder text = new StringBuilder(last.text());
        for (String line : block.lines()) {
            String spoken = CaptionLine.words(line);
            if (!spoken.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(spoken);
            }
        }
        Cue longer = new Cue(last.start(), last.end(), text.toString(), last.line());
        if (!cues.isEmpty() && cues.getLast() == last) {
            cues.set(cues.size() - 1, longer);
        } else if (!longer.text().isEmpty()) {
            cues.add(longer);
        }
        return longer;
    }

    /** The cue with its spoken lines joined by newlines, or null after adding a problem. */
    private static Cue cue(CaptionBlocks.Block block, int timingAt, double offset, Format format, String shown,
                           Problems problems) {
        int lineNo = block.firstLine() + timingAt;
        String timingLine = block.lines().get(timingAt);
        Matcher timing = CaptionBlocks.TIMING.matcher(timingLine);
        if (!timing.matches()) {
            problems.add(shown, lineNo, "bad cue timing \"" + abbreviate(timingLine) + "\"");
            return null;
        }
        Double start = CaptionTime.seconds(timing.group(1), format);
        Double end = CaptionTime.seconds(timing.group(2), format);
        String expected = CaptionTime.expected(format);
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
        StringBuilder words = new StringBuilder();
        for (String line : block.lines().subList(timingAt + 1, block.lines().size())) {
            String spoken = CaptionLine.words(line);
            if (!spoken.isEmpty()) {
                words.append(words.isEmpty() ? "" : "\n").append(spoken);
            }
        }
        return new Cue(start + offset, end + offset, words.toString(), lineNo);
    }

    private static String example(Format format) {
        return format == Format.VTT ? "00:01:02.500 --> 00:01:05.000" : "00:01:02,500 --> 00:01:05,000";
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
