package org.talkarchive.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * The classic multi-field parser without its expensive corners, since anyone can type a query: regular expressions
 * are read as plain words (one {@code /.{0,500}{0,500}/} kept a core busy for a minute), and only a few fuzzy terms
 * with at most one edit are allowed.
 */
final class SafeQueryParser extends MultiFieldQueryParser {
    static final int MAX_FUZZY_TERMS = 3;
    /**
     * Index terms one fuzzy term may expand to (Lucene's default is 50): with 8 fields and 3 fuzzy terms this keeps
     * a query's clauses well under Lucene's limit of 1024 beside its plain words.
     */
    static final int MAX_FUZZY_EXPANSIONS = 16;

    private final Set<String> fuzzyTerms = new HashSet<>();

    SafeQueryParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
        super(fields, analyzer, boosts);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return getFieldQuery(field, termStr, false);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        fuzzyTerms.add(termStr);
        if (fuzzyTerms.size() > MAX_FUZZY_TERMS) {
            return getFieldQuery(field, termStr, false);
        }
        return super.getFuzzyQuery(field, termStr, Math.min(minSimilarity, 1f));
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        int maxEdits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
        return new FuzzyQuery(term, maxEdits, prefixLength, MAX_FUZZY_EXPANSIONS, true);
    }
}
