package org.talkarchive.solr;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.talkarchive.index.Fields;
import org.talkarchive.search.LexicalQuery;

/**
 * The Solr backend's translation of a {@link LexicalQuery} into Solr's standard (Lucene) query syntax. The terms
 * are already analysed, and the schema's query analyser only splits on spaces and turns the gap placeholder
 * ({@code _}, see query-gaps.txt) into a position gap, so Solr builds the same TermQuery, PhraseQuery (with the same
 * positions), prefix, wildcard, range, boost and Boolean queries as {@code LuceneQueries}, and BM25 scores them alike.
 */
final class SolrQueries {
    private SolrQueries() {
    }

    /** A query that matches nothing, for an empty Boolean query (Solr would read "()" as a syntax error). */
    static final String NOTHING = "-*:*";

    static String toSolr(LexicalQuery query) {
        return switch (query) {
            case LexicalQuery.Term t -> field(t.field()) + ":" + ClientUtils.escapeQueryChars(t.text());
            case LexicalQuery.Phrase p -> field(p.field()) + ":\"" + phraseText(p) + "\"" + (p.slop() > 0 ? "~" + p.slop() : "");
            case LexicalQuery.Prefix p -> field(p.field()) + ":" + ClientUtils.escapeQueryChars(p.prefix()) + "*";
            case LexicalQuery.Wildcard w -> field(w.field()) + ":" + wildcard(w.pattern());
            // Solr's parser cannot set prefix length or expansions: Lucene's defaults (0, 50) against ours (0, 16)
            // only differ for a word with more than 16 near spellings in the index.
            case LexicalQuery.Fuzzy f -> field(f.field()) + ":" + ClientUtils.escapeQueryChars(f.text()) + "~" + f.maxEdits();
            case LexicalQuery.Range r -> field(r.field()) + ":" + (r.includeLower() ? "[" : "{") + bound(r.lower()) + " TO "
                    + bound(r.upper()) + (r.includeUpper() ? "]" : "}");
            case LexicalQuery.Combined c -> throw new UnsupportedOperationException(
                    "the Solr backend has no BM25F (Lucene's CombinedFieldQuery), as its combinesFields() says");
            case LexicalQuery.Boosted b -> "(" + toSolr(b.query()) + ")^" + b.boost();
            case LexicalQuery.Bool b -> bool(b);
            case LexicalQuery.All a -> "*:*";
        };
    }

    /** The embedded index's "id" is the talk id on passages too; in Solr that is talk_id ("id" is the unique key). */
    private static String field(String field) {
        return field.equals(Fields.ID) ? SolrFields.TALK_ID : field;
    }

    /** Terms separated by spaces, with one placeholder per missing position (a removed stop word). */
    private static String phraseText(LexicalQuery.Phrase p) {
        StringBuilder out = new StringBuilder();
        int expected = p.positions().isEmpty() ? 0 : p.positions().get(0);
        for (int i = 0; i < p.terms().size(); i++) {
            for (int gap = expected; gap < p.positions().get(i); gap++) {
                out.append("_ ");
            }
            out.append(p.terms().get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append(' ');
            expected = p.positions().get(i) + 1;
        }
        return out.toString().strip();
    }

    private static String wildcard(String pattern) {
        StringBuilder out = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            out.append(c == '*' || c == '?' ? String.valueOf(c) : ClientUtils.escapeQueryChars(String.valueOf(c)));
        }
        return out.toString();
    }

    private static String bound(String value) {
        return value == null ? "*" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String bool(LexicalQuery.Bool b) {
        if (b.clauses().isEmpty()) {
            return NOTHING;
        }
        if (b.minimumShouldMatch() > 0) {
            throw new UnsupportedOperationException("the Solr backend does not translate minimumShouldMatch");
        }
        List<String> clauses = b.clauses().stream().map(c -> switch (c.occur()) {
            case MUST -> "+(" + toSolr(c.query()) + ")";
            case SHOULD -> "(" + toSolr(c.query()) + ")";
            case MUST_NOT -> "-(" + toSolr(c.query()) + ")";
            case FILTER -> "+filter(" + toSolr(c.query()) + ")";
        }).toList();
        boolean onlyNegative = b.clauses().stream().allMatch(c -> c.occur() == LexicalQuery.Occur.MUST_NOT);
        // Lucene matches nothing with only MUST_NOT clauses; Solr would add *:* to a top-level one.
        return "(" + (onlyNegative ? "+(" + NOTHING + ") " : "") + clauses.stream().collect(Collectors.joining(" ")) + ")";
    }
}
