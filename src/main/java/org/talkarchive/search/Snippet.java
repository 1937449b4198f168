package org.talkarchive.search;

/**
 * A fragment of one field of a hit, with what matched.
 *
 * @param field "title", "abstract", "bio" or "transcript"
 */
public record Snippet(String field, Fragment fragment) {
}
