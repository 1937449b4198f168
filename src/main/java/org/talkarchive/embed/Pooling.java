package org.talkarchive.embed;

/** How a model's per-token hidden states become one sentence vector, as the model's authors specify. */
public enum Pooling {

    /** The hidden state of the first token ([CLS]); used by bge. */
    CLS {
        @Override
        float[] pool(float[] hidden, int sequence, int tokens, int dimension, long[] attentionMask) {
            float[] out = new float[dimension];
            System.arraycopy(hidden, sequence * tokens * dimension, out, 0, dimension);
            return out;
        }
    },

    /** The average of the hidden states of real tokens (attention mask 1), padding excluded; used by MiniLM. */
    MEAN {
        @Override
        float[] pool(float[] hidden, int sequence, int tokens, int dimension, long[] attentionMask) {
            float[] out = new float[dimension];
            int counted = 0;
            for (int t = 0; t < tokens; t++) {
                if (attentionMask[t] == 0) {
                    continue;
                }
                int offset = (sequence * tokens + t) * dimension;
                for (int d = 0; d < dimension; d++) {
                    out[d] += hidden[offset + d];
                }
                counted++;
            }
            // Same clamp as sentence-transformers: never divide by zero.
            float divisor = Math.max(counted, 1e-9f);
            for (int d = 0; d < dimension; d++) {
                out[d] /= divisor;
            }
            return out;
        }
    };

    /**
     * Pools one sequence of a batch.
     *
     * @param hidden        the model output, flattened [batch, tokens, dimension]
     * @param sequence      index of the sequence in the batch
     * @param attentionMask that sequence's attention mask (length {@code tokens})
     */
    abstract float[] pool(float[] hidden, int sequence, int tokens, int dimension, long[] attentionMask);
}
