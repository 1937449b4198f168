package org.talkarchive.web;

/** Season facet values ("3", "S03", "season-3") read as season numbers. */
public final class Seasons {

    private Seasons() {
    }

    /** The season number in a facet value, or 0 when it has none. */
    public static int number(String value) {
        String digits = value.replaceAll("\\D+", "");
        if (digits.isEmpty() || digits.length() > 4) {
            return 0;
        }
        return Integer.parseInt(digits);
    }
}
