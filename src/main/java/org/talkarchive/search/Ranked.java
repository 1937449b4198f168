package org.talkarchive.search;

/** A talk id with a score from one ranking (BM25, cosine or fused). */
public record Ranked(String talkId, double score) {
}
