package org.talkarchive.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * The Lucene backend's translation of a {@link LexicalQuery} into a Lucene {@link Query}. It builds exactly the
 * queries Lucene's classic parser builds for the same syntax (checked by {@code QuerySyntaxTest}), so scores are those
 * the archive had before the seam existed.
 */
final class LuceneQueries {
    private LuceneQueries() {
    }

    static Query toLucene(LexicalQuery query) {
        return switch (query) {
            case LexicalQuery.Term t -> new TermQuery(new Term(t.field(), t.text()));
            case LexicalQuery.Phrase p -> phrase(p);
            case LexicalQuery.Prefix p -> new PrefixQuery(new Term(p.field(), p.prefix()));
            case LexicalQuery.Wildcard w -> new WildcardQuery(new Term(w.field(), w.pattern()));
            case LexicalQuery.Fuzzy f -> new FuzzyQuery(new Term(f.field(), f.text()), f.maxEdits(), f.prefixLength(),
                    f.maxExpansions(), f.transpositions());
            case LexicalQuery.Range r -> TermRangeQuery.newStringRange(r.field(), r.lower(), r.upper(),
                    r.includeLower(), r.includeUpper());
            case LexicalQuery.Combined c -> {
                CombinedFieldQuery.Builder combined = new CombinedFieldQuery.Builder(c.text());
                c.fieldWeights().forEach(combined::addField);
                yield combined.build();
            }
            case LexicalQuery.Boosted b -> new BoostQuery(toLucene(b.query()), b.boost());
            case LexicalQuery.Bool b -> bool(b);
            case LexicalQuery.All a -> new MatchAllDocsQuery();
        };
    }

    /** A query that must match, restricted by filters that do not score. */
    static Query filtered(Query scored, List<Query> filters) {
        BooleanQuery.Builder out = new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST);
        filters.forEach(f -> out.add(f, BooleanClause.Occur.FILTER));
        return out.build();
    }

    private static Query phrase(LexicalQuery.Phrase p) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(p.slop());
        for (int i = 0; i < p.terms().size(); i++) {
            phrase.add(new Term(p.field(), p.terms().get(i)), p.positions().get(i));
        }
        return phrase.build();
    }

    private static Query bool(LexicalQuery.Bool b) {
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.minimumShouldMatch());
        for (LexicalQuery.Clause clause : b.clauses()) {
            out.add(toLucene(clause.query()), switch (clause.occur()) {
                case MUST -> BooleanClause.Occur.MUST;
                case SHOULD -> BooleanClause.Occur.SHOULD;
                case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
                case FILTER -> BooleanClause.Occur.FILTER;
            });
        }
        return out.build();
    }
}
