package org.talkarchive.search;

/** A transcript passage document that matched, with its talk and score. */
record PassageMatch(int docId, String talkId, double score) {
}
