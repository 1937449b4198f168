package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpellingCorrectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"dLNs", "IFIT1", "DMT1", "ComYMV", "BraTS", "CheXMask", "COVID", "H1N1"})
    void namesAcronymsGenesAndCodesAreGuarded(String word) {
        assertTrue(SpellingCorrector.mayBeName(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"segmentaion", "Opthalmology", "microenviroment", "florescent"})
    void ordinaryWordsMayBeCorrected(String word) {
        assertFalse(SpellingCorrector.mayBeName(word), word);
    }
}
