package org.talkarchive.search.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;

/**
 * The plain baseline for passage search: {@link Bm25Baseline} (one field, English stemming, k1 0.9, b 0.4) over the
 * text of every transcript passage the archive cuts, each passage a document; the top passages are shown as they
 * rank, neighbours and all.
 */
public final class PassageBaseline implements AutoCloseable {

    private final Map<String, Passage> passages = new LinkedHashMap<>();
    private final Bm25Baseline bm25;

    public PassageBaseline(Corpus corpus) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Talk talk : corpus.talks()) {
            for (Passage p : corpus.passages(talk.id())) {
                String id = talk.id() + "#" + p.ordinal();
                passages.put(id, p);
                texts.put(id, p.text());
            }
        }
        this.bm25 = Bm25Baseline.of(texts);
    }

    /** How many passages it searches. */
    public int size() {
        return passages.size();
    }

    /**
     * The best {@code limit} passages for a query, best first.
     *
     * @param talkId null to search every talk, else only that talk's passages
     */
    public List<ShownPassage> search(String query, String talkId, int limit) {
        return bm25.search(query, passages.size()).stream()
                .map(d -> passages.get(d.docId()))
                .filter(p -> talkId == null || p.talkId().equals(talkId))
                .limit(limit)
                .map(p -> new ShownPassage(p.talkId(), p.start(), p.end()))
                .toList();
    }

    @Override
    public void close() throws IOException {
        bm25.close();
    }
}
