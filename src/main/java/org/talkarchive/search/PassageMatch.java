package org.talkarchive.search;

/** A transcript passage that matched: its talk, its position in the talk's transcript, and its score. */
record PassageMatch(String talkId, int ordinal, double score) {
}
