package org.talkarchive.search;

/**
 * One autocomplete entry.
 *
 * @param kind  "title", "speaker" or "topic"
 * @param value what to search for, or the id to open (talk id for titles, topic id for topics, speaker slug)
 */
public record Suggestion(String text, String kind, String value) {
}
