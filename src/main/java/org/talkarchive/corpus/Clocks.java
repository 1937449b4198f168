package org.talkarchive.corpus;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Video positions written as people read them: "12:03" or "1:02:03" (whole seconds). */
public final class Clocks {
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?([0-5]?\\d):([0-5]\\d)");

    private Clocks() {
    }

    public static String format(double seconds) {
        long s = (long) Math.floor(seconds);
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
    }

    /** Seconds of a clock, or empty when the text is not one. */
    public static OptionalDouble parse(String text) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return OptionalDouble.of(hours * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3)));
    }
}
