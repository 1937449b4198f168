package org.talkarchive.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How transcripts are cut into passages: each passage spans {@code minSeconds} to {@code maxSeconds} of speech, cut
 * at sentence ends, and with {@code overlap} it repeats the previous passage's last sentence (see
 * {@link PassageBuilder}). Longer passages mean fewer texts to embed (a faster build) and coarser links into the video.
 */
public record PassageLength(int minSeconds, int maxSeconds, boolean overlap) {

    /** 30-60 s with one sentence of overlap: what every index was built with before this was an option. */
    public static final PassageLength DEFAULT = new PassageLength(30, 60, true);

    private static final Pattern SECONDS = Pattern.compile("(\\d{1,4})-(\\d{1,4})");

    public PassageLength {
        if (minSeconds <= 0 || maxSeconds < minSeconds) {
            throw new IllegalArgumentException("passage seconds must be MIN-MAX with 0 < MIN <= MAX, not "
                    + minSeconds + "-" + maxSeconds);
        }
    }

    /**
     * @param seconds {@code MIN-MAX}, e.g. {@code 30-60}
     * @param overlap {@code sentence} (repeat the previous passage's last sentence) or {@code none}
     * @throws IllegalArgumentException naming the value that is not one of these
     */
    public static PassageLength parse(String seconds, String overlap) {
        Matcher m = SECONDS.matcher(seconds.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("passage seconds must be MIN-MAX (e.g. 30-60), not \"" + seconds + "\"");
        }
        boolean repeat = switch (overlap.strip()) {
            case "sentence" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException("passage overlap must be sentence or none, not \""
                    + overlap + "\"");
        };
        return new PassageLength(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), repeat);
    }

    /** {@code MIN-MAX}, as {@link #parse} reads it. */
    public String seconds() {
        return minSeconds + "-" + maxSeconds;
    }

    /** {@code sentence} or {@code none}, as {@link #parse} reads it. */
    public String overlapName() {
        return overlap ? "sentence" : "none";
    }

    @Override
    public String toString() {
        return seconds() + " s, overlap " + overlapName();
    }
}
