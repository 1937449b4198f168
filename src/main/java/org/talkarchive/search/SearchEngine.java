package org.talkarchive.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talkarchive.corpus.Passage;

/**
 * What the search logic ({@link GenerationSearcher}: query understanding, spelling, fusion, passages, facets,
 * related talks, suggestions) asks of an engine holding one published index. Only our own types cross it: no
 * engine's query objects, readers or document ids. {@link LuceneTalkIndex} is the embedded backend; another (e.g.
 * SolrCloud) implements the same interface and passes the same contract tests ({@code SearchEngineContract}).
 *
 * <p>What a backend must guarantee, so that rankings do not depend on the engine:
 * <ul>
 *   <li>The index holds what {@code index.TalkDocuments} writes from {@code index.IndexedTalk}: per talk one talk
 *       document and one document per transcript passage, text fields analysed as {@code index.IndexAnalyzers}
 *       analyses them ({@code index.ArchiveAnalyzer}: English possessives, lower case, accent folding, stop words,
 *       Porter stemming; the {@code spell} field unstemmed), and the facet values of {@code index.FacetDimension}.
 *   <li>Lexical scores are BM25 with k1 = 1.2 and b = 0.75 (Lucene's {@code BM25Similarity}), with boosts and BM25F
 *       ({@link LexicalQuery.Combined}) as Lucene computes them. Scores are comparable within one call only.
 *   <li>The terms in a {@link LexicalQuery} are already analysed: they are matched as they are.
 *   <li>Vector scores are dot products of the (L2-normalised) embeddings, in [-1, 1].
 *   <li>Only live documents answer: a talk replaced or removed by an update is never returned.
 *   <li>Thread-safe; the index does not change while an engine is open ({@link SearchBackend} opens a new engine
 *       for a newly published index).
 * </ul>
 */
public interface SearchEngine extends AutoCloseable {

    /** What the index was built with: {@code index.Fields.META_*} keys (model, dimension, taxonomy, talks, ...). */
    Map<String, String> meta();

    /** Every talk in the index by id, in any order; the search logic keeps them in memory. */
    Map<String, StoredTalk> talks();

    /**
     * Whether {@link #lexical} scores {@link LexicalQuery.Combined} (BM25F over several fields). An engine that
     * cannot gets the same words as summed per-field BM25 instead, and ranks them a little differently.
     */
    default boolean combinesFields() {
        return true;
    }

    /**
     * The documents in a scope that match a query, best first by BM25, at most {@code k}. Stops early (keeping what
     * it found) once the budget is spent.
     *
     * @throws InvalidRequestException (TOO_COMPLEX) when the query expands to more terms than the engine allows
     */
    List<Hit> lexical(LexicalQuery query, Scope scope, int k, SearchBudget budget) throws IOException;

    /** How many documents in a scope match a query. */
    int count(LexicalQuery query, Scope scope) throws IOException;

    /** The documents in the query's scope nearest to its vector, best first, scored by dot product. */
    List<Hit> nearest(VectorQuery query, SearchBudget budget) throws IOException;

    /**
     * Applies the filters (OR within a dimension, AND across) to the candidate talks (every talk when null) and
     * counts every {@code index.FacetDimension} drill-sideways: each dimension as if its own filter were off.
     *
     * <p>A dimension in {@code limits} lists only its {@code limit} values with the most talks (between equal counts
     * the first in term order, {@link FacetCounts#LARGEST_FIRST}) and then every value its filter selects, whatever
     * its count; {@link FacetCounts#valueCounts()} still says how many values have a count. At 21,712 talks the
     * speaker dimension has 13,046 values and a page shows 20.
     *
     * @param filters dimension field to normalised values
     * @param limits  dimension field to how many values to list (at least 1); a dimension not in it lists all
     */
    FacetCounts facets(Collection<String> candidates, Map<String, List<String>> filters, Map<String, Integer> limits)
            throws IOException;

    /** {@link #facets(Collection, Map, Map)} listing every value of every dimension. */
    default FacetCounts facets(Collection<String> candidates, Map<String, List<String>> filters) throws IOException {
        return facets(candidates, filters, Map.of());
    }

    /**
     * Some talks' text fields with the query's matches marked, in the order of {@code talkIds}: per field its best
     * {@code fragments} sentences in text order, joined by {@code "… "} where not adjacent (as Lucene's unified
     * highlighter picks and joins them), or its opening without matches when nothing matched; null for a field where
     * the talk has no text. A page's talks are highlighted in one call: the query is prepared once, not per hit.
     */
    List<Map<String, Fragment>> highlightTalks(List<String> fields, LexicalQuery query, List<String> talkIds,
                                               int fragments) throws IOException;

    /**
     * The whole text of some passages of a talk with every match of the query marked, in the order of
     * {@code ordinals} (a hit shows the whole passage; the search logic picks its best sentence itself).
     */
    List<Fragment> highlightPassages(LexicalQuery query, String talkId, List<Integer> ordinals) throws IOException;

    /** One passage of a talk's transcript. */
    Passage passage(String talkId, int ordinal) throws IOException;

    /** A talk's whole transcript, in order (empty for a talk without one). */
    List<Passage> transcript(String talkId) throws IOException;

    /** Whether any document has this (analysed) term in this field: spelling asks it of the words typed. */
    boolean knows(String field, String term) throws IOException;

    /**
     * The term of a field closest to a word the field does not hold, within {@code maxEdits} edits (Levenshtein with
     * transpositions, the first letter kept), preferring fewer edits, then more documents; empty when the field holds
     * the word or nothing is close. What Lucene's {@code DirectSpellChecker} answers (Solr: DirectSolrSpellChecker).
     */
    Optional<String> closestTerm(String field, String word, int maxEdits) throws IOException;

    @Override
    void close() throws IOException;
}
