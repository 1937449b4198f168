package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a caption file into blocks (a header, a cue, a NOTE) at empty lines. Files written by hand or by odd tools
 * also get a new block where a cue timing follows text without an empty line, and where a line of spaces stands
 * before a cue; a line of spaces inside a cue is part of it (YouTube writes one under every rolling caption).
 */
final class CaptionBlocks {
    static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?$");
    private static final Pattern INDEX = Pattern.compile("^\\s*\\d+\\s*$");

    /** Lines of one block; {@code firstLine} is the 1-based line number of {@code lines[0]}. */
    record Block(int firstLine, List<String> lines) {
        String head() {
            return lines.getFirst();
        }
    }

    private CaptionBlocks() {
    }

    static String[] lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.split("\r\n|\r|\n", -1);
    }

    static List<Block> split(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> all = Arrays.asList(lines);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            boolean timed = isTiming(lines[start]);
            while (end < lines.length && !endsBlock(lines, end, timed)) {
                timed |= isTiming(lines[end]);
                end++;
            }
            blocks.add(new Block(start + 1, List.copyOf(all.subList(start, end))));
            i = end;
        }
        return blocks;
    }

    /** @param timed whether the block already has its own timing line before {@code at} */
    private static boolean endsBlock(String[] lines, int at, boolean timed) {
        String line = lines[at];
        if (line.isEmpty()) {
            return true;
        }
        if (line.isBlank()) {
            return startsCue(lines, at + 1);
        }
        return timed && startsCue(lines, at) || isHeader(line);
    }

    /** True when a cue starts at {@code at}: its timing line, or an index line and then the timing. */
    private static boolean startsCue(String[] lines, int at) {
        if (at >= lines.length) {
            return true;
        }
        return isTiming(lines[at]) || INDEX.matcher(lines[at]).matches() && at + 1 < lines.length && isTiming(lines[at + 1]);
    }

    /** A WebVTT header line; in concatenated HLS segments it may follow the previous segment without an empty line. */
    static boolean isHeader(String line) {
        return line.startsWith("WEBVTT") && (line.length() == 6 || Character.isWhitespace(line.charAt(6)));
    }

    static boolean isTiming(String line) {
        return line.contains("-->") && TIMING.matcher(line).matches();
    }
}
