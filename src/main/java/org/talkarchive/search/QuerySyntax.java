package org.talkarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Reads query syntax (phrases, AND/OR/NOT, {@code +}/{@code -}, {@code field:}, wildcards, {@code ~}) into a
 * {@link LexicalQuery}. Lucene's classic parser (made safe by {@link SafeQueryParser}) is only the syntax reader
 * here, because its rules are what users of the archive have learnt; what it builds is handed on in our own terms,
 * so no engine sees a Lucene query.
 */
final class QuerySyntax {

    private final Analyzer analyzer;
    private final Map<String, Float> boosts;

    /** @param boosts the fields a word without {@code field:} searches, with their weights */
    QuerySyntax(Analyzer analyzer, Map<String, Float> boosts) {
        this.analyzer = analyzer;
        this.boosts = Map.copyOf(boosts);
    }

    /** The query the text asks for; a syntax error falls back to its plain words, then to matching nothing. */
    LexicalQuery parseLenient(String text) {
        try {
            return read(parser().parse(text));
        } catch (ParseException | RuntimeException syntaxError) {
            try {
                // Escaping leaves AND/OR/NOT as operators, so "fairness AND" would fail again: drop them too.
                return read(parser().parse(QueryParser.escape(text.replaceAll("\\b(AND|OR|NOT)\\b", " "))));
            } catch (ParseException | RuntimeException e) {
                return LexicalQuery.Bool.empty();
            }
        }
    }

    /** A fresh parser per query: it counts the fuzzy terms it has seen. */
    private SafeQueryParser parser() {
        SafeQueryParser parser = new SafeQueryParser(boosts.keySet().toArray(String[]::new), analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser;
    }

    /** The same query in our terms; anything the parser should never build is refused. */
    static LexicalQuery read(Query query) {
        return switch (query) {
            case TermQuery t -> new LexicalQuery.Term(t.getTerm().field(), t.getTerm().text());
            case PhraseQuery p -> new LexicalQuery.Phrase(p.getField(),
                    Arrays.stream(p.getTerms()).map(Term::text).toList(),
                    Arrays.stream(p.getPositions()).boxed().toList(), p.getSlop());
            case PrefixQuery p -> new LexicalQuery.Prefix(p.getPrefix().field(), p.getPrefix().text());
            case WildcardQuery w -> new LexicalQuery.Wildcard(w.getTerm().field(), w.getTerm().text());
            case FuzzyQuery f -> new LexicalQuery.Fuzzy(f.getTerm().field(), f.getTerm().text(), f.getMaxEdits(),
                    f.getPrefixLength(), SafeQueryParser.MAX_FUZZY_EXPANSIONS, f.getTranspositions());
            case TermRangeQuery r -> new LexicalQuery.Range(r.getField(),
                    r.getLowerTerm() == null ? null : r.getLowerTerm().utf8ToString(),
                    r.getUpperTerm() == null ? null : r.getUpperTerm().utf8ToString(),
                    r.includesLower(), r.includesUpper());
            case BoostQuery b -> new LexicalQuery.Boosted(read(b.getQuery()), b.getBoost());
            case BooleanQuery b -> bool(b);
            case MatchAllDocsQuery a -> new LexicalQuery.All();
            case MatchNoDocsQuery n -> LexicalQuery.Bool.empty();
            default -> throw new IllegalArgumentException("no LexicalQuery for " + query.getClass().getSimpleName());
        };
    }

    private static LexicalQuery bool(BooleanQuery b) {
        List<LexicalQuery.Clause> clauses = new ArrayList<>();
        for (BooleanClause clause : b.clauses()) {
            LexicalQuery.Occur occur = switch (clause.occur()) {
                case MUST -> LexicalQuery.Occur.MUST;
                case SHOULD -> LexicalQuery.Occur.SHOULD;
                case MUST_NOT -> LexicalQuery.Occur.MUST_NOT;
                case FILTER -> LexicalQuery.Occur.FILTER;
            };
            clauses.add(new LexicalQuery.Clause(occur, read(clause.query())));
        }
        return new LexicalQuery.Bool(clauses, b.getMinimumNumberShouldMatch());
    }
}
