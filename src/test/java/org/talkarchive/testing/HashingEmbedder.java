package org.talkarchive.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.embed.Embedder;

/**
 * A small deterministic {@link Embedder} for tests whose subject is not the model (indexing, fusion, facets, web):
 * no native code, no model files, instant, and the same vector on every machine.
 *
 * <p>How a text becomes a vector: fold it with {@link TextNormalizer#forIndex} and lower-case it; split it into words
 * (runs of letters and digits); add weight 1 for each word and 0.5 for each character trigram of " word " into one of
 * {@value #DIMENSION} buckets chosen by a hash (with a hashed sign, so collisions cancel rather than pile up); then
 * L2-normalise. So texts sharing words or word stems get a high dot product, texts sharing nothing get about 0, and a
 * word typed with one letter wrong still lands close. Queries and documents are embedded alike. A text with no
 * letters or digits gets the unit vector of bucket 0, so every vector has length 1.
 */
public final class HashingEmbedder implements Embedder {

    public static final String MODEL_NAME = "hashing-test";
    public static final int DIMENSION = 256;

    private static final float WORD_WEIGHT = 1.0f;
    private static final float TRIGRAM_WEIGHT = 0.5f;

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embedQuery(String query) {
        return embed(query);
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text));
        }
        return vectors;
    }

    /** The vector of one text; public so tests can compute expected similarities. */
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        String folded = TextNormalizer.forIndex(text).toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            add(vector, "w:" + word, WORD_WEIGHT);
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                add(vector, "t:" + padded.substring(i, i + 3), TRIGRAM_WEIGHT);
            }
        }
        return normalize(vector);
    }

    private static void add(float[] vector, String feature, float weight) {
        int hash = mix(feature.hashCode());
        int bucket = Math.floorMod(hash, DIMENSION);
        vector[bucket] += (hash & 0x4000_0000) == 0 ? weight : -weight;
    }

    /** MurmurHash3's 32-bit finaliser: spreads String.hashCode's weak low bits over all buckets. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85eb_ca6b;
        h ^= h >>> 13;
        h *= 0xc2b2_ae35;
        h ^= h >>> 16;
        return h;
    }

    private static float[] normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        if (sum == 0) {
            vector[0] = 1;
            return vector;
        }
        double norm = Math.sqrt(sum);
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) (vector[i] / norm);
        }
        return vector;
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
