package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The highlighter is given only the parts of a query that can mark the fields it highlights. */
class HighlightQueryTest {

    private static LexicalQuery.Clause should(LexicalQuery query) {
        return new LexicalQuery.Clause(LexicalQuery.Occur.SHOULD, query);
    }

    @Test
    void keepsEachWordOnlyInTheHighlightedFieldsAndKeepsExclusions() {
        LexicalQuery.Clause excluded = new LexicalQuery.Clause(LexicalQuery.Occur.MUST_NOT,
                new LexicalQuery.Term("speaker", "smith"));
        LexicalQuery typed = new LexicalQuery.Bool(List.of(
                should(new LexicalQuery.Combined("segment", Map.of("title", 5f, "abstract", 2.5f, "speaker", 5f))),
                should(new LexicalQuery.Phrase("transcript", List.of("deep", "learn"), List.of(0, 1), 0)),
                excluded,
                should(new LexicalQuery.Boosted(new LexicalQuery.Term("id", "s01e01"), 20f))), 0);

        LexicalQuery kept = HighlightQuery.inFields(typed, List.of("title", "abstract", "bio"));

        assertEquals(new LexicalQuery.Bool(List.of(
                should(new LexicalQuery.Combined("segment", Map.of("title", 5f, "abstract", 2.5f))),
                excluded), 0), kept);
    }

    @Test
    void aQueryWithNothingInTheFieldsMarksNothing() {
        LexicalQuery idOnly = new LexicalQuery.Boosted(new LexicalQuery.Term("id", "s01e01"), 20f);
        assertEquals(LexicalQuery.Bool.empty(), HighlightQuery.inFields(idOnly, List.of("title")));
    }

    @Test
    void requiredShouldClausesNeverExceedTheOnesLeft() {
        LexicalQuery twoOfThree = new LexicalQuery.Bool(List.of(
                should(new LexicalQuery.Term("title", "lung")),
                should(new LexicalQuery.Term("speaker", "ng")),
                should(new LexicalQuery.Term("affiliation", "stanford"))), 2);
        assertEquals(new LexicalQuery.Bool(List.of(should(new LexicalQuery.Term("title", "lung"))), 1),
                HighlightQuery.inFields(twoOfThree, List.of("title")));
    }
}
