package org.talkarchive.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a query that can mark text in some fields. The unified highlighter asks every leaf of the query whether
 * it matches, for each document and each field it highlights; a plain query is BM25F over nine fields, so a page of
 * ten talks highlighted in three fields looked up 270 terms per word typed, and highlighting was half of a keyword
 * search's time at 30 talks (docs/benchmarks.md). Only leaves in the highlighted fields can mark anything there, so
 * the others are left out.
 */
final class HighlightQuery {

    private HighlightQuery() {
    }

    /**
     * The query without the leaves outside {@code fields}. Exclusions are kept whole (an excluded word still keeps a
     * talk from being marked); a required clause that only other fields could match is dropped, since the talks
     * highlighted matched it already or were found by meaning.
     */
    static LexicalQuery inFields(LexicalQuery query, Collection<String> fields) {
        LexicalQuery kept = keep(query, fields);
        return kept != null ? kept : LexicalQuery.Bool.empty();
    }

    /** @return null when nothing of the query is left */
    private static LexicalQuery keep(LexicalQuery query, Collection<String> fields) {
        return switch (query) {
            case LexicalQuery.Term t -> fields.contains(t.field()) ? t : null;
            case LexicalQuery.Phrase p -> fields.contains(p.field()) ? p : null;
            case LexicalQuery.Prefix p -> fields.contains(p.field()) ? p : null;
            case LexicalQuery.Wildcard w -> fields.contains(w.field()) ? w : null;
            case LexicalQuery.Fuzzy f -> fields.contains(f.field()) ? f : null;
            case LexicalQuery.Range r -> fields.contains(r.field()) ? r : null;
            case LexicalQuery.Combined c -> {
                Map<String, Float> weights = new HashMap<>(c.fieldWeights());
                weights.keySet().retainAll(fields);
                yield weights.isEmpty() ? null : new LexicalQuery.Combined(c.text(), weights);
            }
            case LexicalQuery.Boosted b -> {
                LexicalQuery inner = keep(b.query(), fields);
                yield inner == null ? null : new LexicalQuery.Boosted(inner, b.boost());
            }
            case LexicalQuery.Bool b -> bool(b, fields);
            case LexicalQuery.All a -> a;
        };
    }

    private static LexicalQuery bool(LexicalQuery.Bool bool, Collection<String> fields) {
        List<LexicalQuery.Clause> clauses = new ArrayList<>();
        int positive = 0;
        int optional = 0;
        for (LexicalQuery.Clause clause : bool.clauses()) {
            if (clause.occur() == LexicalQuery.Occur.MUST_NOT) {
                clauses.add(clause);
                continue;
            }
            LexicalQuery kept = keep(clause.query(), fields);
            if (kept != null) {
                clauses.add(new LexicalQuery.Clause(clause.occur(), kept));
                positive++;
                optional += clause.occur() == LexicalQuery.Occur.SHOULD ? 1 : 0;
            }
        }
        return positive == 0 ? null : new LexicalQuery.Bool(clauses, Math.min(bool.minimumShouldMatch(), optional));
    }
}
