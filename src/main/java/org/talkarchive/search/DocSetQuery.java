package org.talkarchive.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * Matches documents already known by their ids in one reader, such as a search's candidate talks when their facets are
 * counted. The same set as a query on the talks' id terms looked every id up in the term dictionary again: at 21,712
 * talks that lookup was 40 % of counting a keyword search's facets.
 */
final class DocSetQuery extends Query {

    /** Ascending ids in the reader the query is run on. */
    private final int[] docs;

    DocSetQuery(int[] docs) {
        this.docs = docs.clone();
        Arrays.sort(this.docs);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
                int maxDoc = leaf.reader().maxDoc();
                int from = firstAtLeast(leaf.docBase);
                int to = firstAtLeast(leaf.docBase + maxDoc);
                if (from == to) {
                    return null;
                }
                DocIdSetBuilder set = new DocIdSetBuilder(maxDoc);
                DocIdSetBuilder.BulkAdder adder = set.grow(to - from);
                for (int i = from; i < to; i++) {
                    adder.add(docs[i] - leaf.docBase);
                }
                DocIdSetIterator iterator = set.build().iterator();
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false; // one search's candidates: never asked for twice
            }
        };
    }

    /** The position of the first id at or above {@code doc}. */
    private int firstAtLeast(int doc) {
        int at = Arrays.binarySearch(docs, doc);
        return at >= 0 ? at : -at - 1;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + docs.length + " docs)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && Arrays.equals(docs, ((DocSetQuery) other).docs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(docs);
    }
}
