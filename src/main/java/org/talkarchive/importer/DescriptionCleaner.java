package org.talkarchive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a video description into an abstract: a description is not an abstract. Link lists ("Slides:
 * https://..."), hashtag lines, timestamp lines (a chapter list typed into the description) and separator lines
 * are dropped; prose, including sentences with a link inside, is kept as written.
 */
final class DescriptionCleaner {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern TIMESTAMP_LINE =
            Pattern.compile("^\\s*[\\[(]?(?:\\d{1,2}:)?\\d{1,2}:\\d{2}[\\])]?(?:\\s|$).*");
    /** A hashtag has a letter: "#1" in "we are #1" is not one. */
    private static final String HASHTAG = "#(?=[\\p{N}_]*\\p{L})[\\p{L}\\p{N}_]+";
    private static final Pattern HASHTAGS_ONLY = Pattern.compile("^\\s*(?:" + HASHTAG + "[\\s,]*)+$");
    /** Hashtags ending a sentence are dropped; one inside a sentence is part of it. */
    private static final Pattern TRAILING_HASHTAGS = Pattern.compile("(?:\\s+" + HASHTAG + ")+\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-=_*~.•·|]+$");
    /** Fewer words than this beside a link make the line a link-list entry, not a sentence. */
    private static final int LINK_LABEL_WORDS = 6;

    private DescriptionCleaner() {
    }

    static String clean(String description) {
        if (description == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : description.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (isLinkEntry(line) || TIMESTAMP_LINE.matcher(line).matches() || isSeparator(line)
                    || HASHTAGS_ONLY.matcher(line).matches()) {
                continue;
            }
            kept.add(TRAILING_HASHTAGS.matcher(line).replaceAll("").stripTrailing());
        }
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean isLinkEntry(String line) {
        if (!URL.matcher(line).find()) {
            return false;
        }
        String label = URL.matcher(line).replaceAll(" ").replaceAll("[\\p{Punct}\\s]+", " ").strip();
        return label.isEmpty() || label.split(" ").length < LINK_LABEL_WORDS;
    }

    private static boolean isSeparator(String line) {
        return !line.isBlank() && SEPARATOR.matcher(line).matches() && line.strip().length() >= 3;
    }

}
