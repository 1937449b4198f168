package org.talkarchive.corpus;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one caption line: markup ({@code <c>}, {@code <00:00:01.234>}, {@code <v Speaker>}), HTML entities,
 * speaker-change marks ({@code >>}) and sound labels ({@code [Music]}, {@code [ Silence ]}) are not speech.
 */
final class CaptionLine {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0", "lrm", "", "rlm", "");
    private static final Pattern SPEAKER_CHANGE = Pattern.compile("^>>\\s*");
    /** Sound labels at the start of a line ("[Background Music] You can...") or making up the whole line. */
    private static final Pattern SOUND_LABELS = Pattern.compile("^(?:\\[[^\\]]*\\]\\s*)+|^[♪\\s]+$");

    private CaptionLine() {
    }

    /** The spoken words of the line, or "" when it holds none. */
    static String words(String line) {
        String text = SPEAKER_CHANGE.matcher(decode(TAG.matcher(line).replaceAll("")).strip()).replaceFirst("");
        return SOUND_LABELS.matcher(text).replaceFirst("").strip();
    }

    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
