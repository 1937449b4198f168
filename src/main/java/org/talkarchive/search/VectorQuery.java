package org.talkarchive.search;

/**
 * The {@code k} documents in a scope whose embeddings are nearest to a vector (dot product of L2-normalised
 * vectors), approximately, as an HNSW graph finds them.
 */
public record VectorQuery(float[] vector, int k, Scope scope) {
    public VectorQuery {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
    }
}
