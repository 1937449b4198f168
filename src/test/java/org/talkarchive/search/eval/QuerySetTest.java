package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySetTest {
    @Test
    void readsQueriesInFileOrderWithTheirKinds() {
        QuerySet set = QuerySet.parse("""
                # qid<TAB>query<TAB>kind
                q2\tspurious correlations\tkeyword
                q1\tZajac\taccent
                q3\tplain trec topic
                """, "q.tsv");

        assertEquals(List.of("q2", "q1", "q3"), List.copyOf(set.ids()));
        assertEquals(new JudgedQuery("q1", "Zajac", "accent"), set.get("q1").orElseThrow());
        assertEquals(List.of("keyword", "accent", QuerySet.UNSPECIFIED_KIND), set.kinds());
        assertEquals(List.of(new JudgedQuery("q2", "spurious correlations", "keyword")), set.ofKind("keyword"));
    }

    @Test
    void aLineWithoutTabsNamesFileAndLine() {
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> QuerySet.parse("q1\tok\tkeyword\nq2 spaces instead of tabs\n", "q.tsv"));

        assertEquals("q.tsv:2: expected 'qid<TAB>query<TAB>kind' (2 or 3 tab-separated fields) but found 1 field(s): "
                + "q2 spaces instead of tabs", e.getMessage());
    }

    @Test
    void aDuplicateQueryIdNamesFileAndLine() {
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> QuerySet.parse("q1\ta\tkeyword\n# c\nq1\tb\tkeyword\n", "q.tsv"));

        assertEquals("q.tsv:3: duplicate query id q1", e.getMessage());
    }

    @Test
    void anEmptyQueryTextIsAnError() {
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> QuerySet.parse("q1\t  \tkeyword\n", "q.tsv"));

        assertEquals("q.tsv:1: query q1 has no text", e.getMessage());
    }
}
