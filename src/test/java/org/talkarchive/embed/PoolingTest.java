package org.talkarchive.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PoolingTest {

    /** Two sequences of three tokens, dimension 2: [batch, tokens, dimension] flattened. */
    private static final float[] HIDDEN = {
        1, 2, 3, 4, 100, 100,
        5, 6, 7, 8, 9, 10};

    @Test
    void clsTakesTheFirstTokenOfTheRightSequence() {
        assertArrayEquals(new float[] {5, 6}, Pooling.CLS.pool(HIDDEN, 1, 3, 2, new long[] {1, 1, 1}));
    }

    @Test
    void meanPoolingIgnoresPaddedTokens() {
        assertArrayEquals(new float[] {2, 3}, Pooling.MEAN.pool(HIDDEN, 0, 3, 2, new long[] {1, 1, 0}));
        assertArrayEquals(new float[] {7, 8}, Pooling.MEAN.pool(HIDDEN, 1, 3, 2, new long[] {1, 1, 1}));
    }
}
