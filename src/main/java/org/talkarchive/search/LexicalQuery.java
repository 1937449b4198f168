package org.talkarchive.search;

import java.util.List;
import java.util.Map;

/**
 * A keyword query in our own terms, so that no engine's query objects cross {@link SearchEngine}. {@link KeywordQuery}
 * builds it from what a person typed; each backend translates it (Lucene: {@code LuceneQueries}; Solr: its own query
 * syntax). Terms are already analysed as {@code index.IndexAnalyzers} analyses their field (lower-cased, folded,
 * stemmed): a backend matches them as they are and must not analyse them again.
 */
public sealed interface LexicalQuery {

    /** How a clause of a {@link Bool} takes part: required, optional, excluded, or required without scoring. */
    enum Occur { MUST, SHOULD, MUST_NOT, FILTER }

    /** One analysed term in one field. */
    record Term(String field, String text) implements LexicalQuery {
    }

    /**
     * Terms in order at the given positions (gaps where stop words were), at most {@code slop} moves apart.
     *
     * @param positions one per term, ascending
     */
    record Phrase(String field, List<String> terms, List<Integer> positions, int slop) implements LexicalQuery {
        public Phrase {
            terms = List.copyOf(terms);
            positions = List.copyOf(positions);
            if (terms.size() != positions.size()) {
                throw new IllegalArgumentException("a phrase needs one position per term: " + terms + " " + positions);
            }
        }
    }

    /** Terms starting with a prefix ("segm*"), scored as one constant. */
    record Prefix(String field, String prefix) implements LexicalQuery {
    }

    /** Terms matching a pattern with {@code *} (any characters) and {@code ?} (one character). */
    record Wildcard(String field, String pattern) implements LexicalQuery {
    }

    /**
     * Terms within {@code maxEdits} edits of a term, sharing its first {@code prefixLength} characters; at most
     * {@code maxExpansions} of them are searched.
     */
    record Fuzzy(String field, String text, int maxEdits, int prefixLength, int maxExpansions,
                 boolean transpositions) implements LexicalQuery {
    }

    /** Terms between two bounds in index order (a bound of null is open). */
    record Range(String field, String lower, String upper, boolean includeLower, boolean includeUpper)
            implements LexicalQuery {
    }

    /**
     * One term scored as BM25F over several fields: frequencies and lengths are combined across the fields (weighted)
     * before BM25 saturates them.
     */
    record Combined(String text, Map<String, Float> fieldWeights) implements LexicalQuery {
        public Combined {
            fieldWeights = Map.copyOf(fieldWeights);
        }
    }

    /** A query whose score is multiplied by {@code boost}. */
    record Boosted(LexicalQuery query, float boost) implements LexicalQuery {
    }

    /** Clauses combined; a document must match {@code minimumShouldMatch} SHOULD clauses (0: none needed if others match). */
    record Bool(List<Clause> clauses, int minimumShouldMatch) implements LexicalQuery {
        public Bool {
            clauses = List.copyOf(clauses);
        }

        /** Matches nothing. */
        public static Bool empty() {
            return new Bool(List.of(), 0);
        }
    }

    /** One clause of a {@link Bool}. */
    record Clause(Occur occur, LexicalQuery query) {
    }

    /** Every document, scored 1 (what {@code *:*} asks for). */
    record All() implements LexicalQuery {
    }
}
