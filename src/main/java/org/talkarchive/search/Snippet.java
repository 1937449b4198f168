package org.talkarchive.search;

/**
 * A highlighted fragment. {@code html} is HTML-escaped text in which only {@code <mark>} and {@code </mark>} are markup.
 *
 * @param field "title", "abstract", "bio" or "transcript"
 */
public record Snippet(String field, String html) {
}
