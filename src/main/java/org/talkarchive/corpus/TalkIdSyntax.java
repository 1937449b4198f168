package org.talkarchive.corpus;

import java.util.regex.Pattern;

/**
 * What a talk id (and a topic id) may look like: lower-case letters and digits in hyphen-separated runs, any length.
 * Declared once so the corpus reader and the routes that look a talk up by id accept the same ids.
 */
public final class TalkIdSyntax {

    static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private TalkIdSyntax() {
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
