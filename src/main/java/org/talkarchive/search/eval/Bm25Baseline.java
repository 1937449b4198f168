package org.talkarchive.search.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;

/**
 * The simplest honest keyword baseline, as Anserini runs it: one field holding title and abstract, Lucene's
 * EnglishAnalyzer (stop words, Porter stemming), BM25 with k1 0.9 and b 0.4, and a bag-of-words query (each distinct
 * query term once, boosted by how often the query repeats it). Nothing of the archive's tuning: every report shows
 * whether keyword mode beats this.
 */
public final class Bm25Baseline implements AutoCloseable {
    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** The baseline proper: title and abstract. */
    public Bm25Baseline(List<Talk> talks) throws IOException {
        this(talks, talk -> talk.title() + "\n" + talk.abstractText());
    }

    /**
     * A catch-all field: everything the talk says about itself (title, abstract, speakers, affiliations, bios) in one
     * field, the usual alternative to per-field scoring.
     */
    public static Bm25Baseline catchAll(List<Talk> talks) throws IOException {
        return new Bm25Baseline(talks, talk -> {
            StringBuilder text = new StringBuilder(talk.title()).append('\n').append(talk.abstractText());
            for (Speaker s : talk.speakers()) {
                text.append('\n').append(s.name()).append('\n').append(s.affiliation()).append(", ")
                        .append(s.country()).append('\n').append(s.bio());
            }
            return text.toString();
        });
    }

    private Bm25Baseline(List<Talk> talks, Function<Talk, String> text) throws IOException {
        this(textsById(talks, text));
    }

    private static Map<String, String> textsById(List<Talk> talks, Function<Talk, String> text) {
        Map<String, String> out = new LinkedHashMap<>();
        talks.forEach(talk -> out.put(talk.id(), text.apply(talk)));
        return out;
    }

    /** The same baseline over any texts, by id (e.g. transcript passages). */
    public static Bm25Baseline of(Map<String, String> textById) throws IOException {
        return new Bm25Baseline(textById);
    }

    private Bm25Baseline(Map<String, String> textById) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(0.9f, 0.4f));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Map.Entry<String, String> entry : textById.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField(ID, entry.getKey(), Field.Store.YES));
                doc.add(new TextField(TEXT, entry.getValue(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity(0.9f, 0.4f));
    }

    /** The ids of the best {@code limit} talks for a query, best first, with their scores. */
    public List<ScoredDoc> search(String query, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BooleanQuery.Builder bag = new BooleanQuery.Builder();
        counts.forEach((term, n) -> bag.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), n),
                BooleanClause.Occur.SHOULD));
        try {
            List<ScoredDoc> out = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(bag.build(), limit).scoreDocs) {
                out.add(new ScoredDoc(stored.document(hit.doc).get(ID), hit.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
