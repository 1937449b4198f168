package org.talkarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Problem;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.ForeignCorpus;
import org.talkarchive.testing.HashingEmbedder;

/** Corpora unlike ours, generated from a seed, are indexed and searchable, or refused naming file and line. */
class ForeignCorporaTest {
    private static final long SEED = 20261201L;

    @TempDir
    Path temp;

    @Test
    void thousandsOfTalksWithDuplicateTitlesOddAbstractsAndOtherScriptsAreSearchable() throws Exception {
        ForeignCorpus corpus = ForeignCorpus.in(temp, SEED).emptyTaxonomy().talks(2000, 7)
                .talk("cjk", "医学影像 数据集 的 标注", "我们 发布 了 一个 新的 医学影像 数据集。")
                .talk("arabic", "مجموعة البيانات للتصوير الطبي", "نقدم مجموعة البيانات الجديدة للتصوير الطبي.")
                .talk("accents", "Étiquetage des données à São Paulo", "Ærøskøbing naïve façade données.");
        IndexSummary summary = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), temp.resolve("index"));
        assertEquals(2003, summary.talks());
        try (TalkSearcher searcher = TalkSearcher.open(temp.resolve("index"), new HashingEmbedder())) {
            assertEquals(2003, searcher.allTalks().size());
            assertEquals("cjk", first(searcher, "医学影像 数据集 的 标注", SearchMode.KEYWORD));
            assertEquals("arabic", first(searcher, "\"مجموعة البيانات للتصوير الطبي\"", SearchMode.KEYWORD));
            assertEquals("accents", first(searcher, "etiquetage sao paulo", SearchMode.HYBRID));
            SearchResponse same = searcher.search(SearchRequest.of("\"Opening remarks\"").withMode(SearchMode.KEYWORD));
            assertEquals(286, same.total(), "every talk with the shared title");
            for (SearchMode mode : SearchMode.values()) {
                assertFalse(searcher.search(SearchRequest.of("données").withMode(mode)).hits().isEmpty(), mode.name());
            }
        }
    }

    @Test
    void transcriptsWithGapsOverlapsZeroLengthAndHoursLongCuesAreIndexed() throws Exception {
        ForeignCorpus corpus = ForeignCorpus.in(temp, SEED).emptyTaxonomy().talks(3, 0);
        for (String id : corpus.ids()) {
            corpus.oddTranscript(id);
        }
        IndexSummary summary = new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), temp.resolve("index"));
        assertTrue(summary.passages() >= 3, summary.oneLine());
        try (TalkSearcher searcher = TalkSearcher.open(temp.resolve("index"), new HashingEmbedder())) {
            for (String id : corpus.ids()) {
                List<Passage> passages = searcher.talk(id).orElseThrow().transcript();
                assertFalse(passages.isEmpty(), id);
                for (Passage p : passages) {
                    assertTrue(p.start() >= 0 && p.end() >= p.start(), p.toString());
                }
                assertEquals(5 * 3600 + 15.0, passages.getLast().end(), id);
            }
            SearchResponse hits = searcher.search(SearchRequest.of("The end").withMode(SearchMode.KEYWORD));
            assertFalse(hits.hits().isEmpty());
        }
    }

    @Test
    void thousandTalksWithEmptyTitlesAreRefusedOneLineEach() {
        ForeignCorpus corpus = ForeignCorpus.in(temp, SEED).emptyTaxonomy();
        for (int i = 1; i <= 1000; i++) {
            corpus.talk("e" + i, "", "An abstract.");
        }
        CorpusException e = assertThrows(CorpusException.class,
                () -> new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), temp.resolve("index")));
        assertEquals(1000, e.problems().size());
        Problem first = e.problems().stream().filter(p -> p.file().endsWith("/e1.md")).findFirst().orElseThrow();
        assertEquals("foreign/talks/e1.md:7: title is empty", first.toString());
    }

    private static String first(TalkSearcher searcher, String query, SearchMode mode) {
        List<SearchHit> hits = searcher.search(SearchRequest.of(query).withMode(mode)).hits();
        assertFalse(hits.isEmpty(), query);
        return hits.getFirst().talk().id();
    }
}
