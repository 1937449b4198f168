package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkarchive.search.eval.Evaluation;
import org.talkarchive.search.eval.JudgedQuery;
import org.talkarchive.search.eval.MetricSummary;
import org.talkarchive.search.eval.Qrels;
import org.talkarchive.search.eval.QuerySet;
import org.talkarchive.search.eval.TrecMetrics;
import org.talkarchive.testing.TestIndexes;

/**
 * Hybrid search over the judged query set (src/test/resources/eval): fusing the two rankings must not lose what
 * either one finds. Behaviour, not tuning luck: hybrid is compared with each single mode, not with a fixed number.
 */
class HybridRankingTest {

    private static QuerySet queries;
    private static Qrels qrels;
    private static final Map<SearchMode, Evaluation> EVALUATIONS = new EnumMap<>(SearchMode.class);

    @BeforeAll
    static void evaluateEveryMode() throws URISyntaxException {
        queries = QuerySet.read(resource("eval/queries.tsv"));
        qrels = Qrels.read(resource("eval/qrels.tsv"));
        TalkSearcher searcher = TestIndexes.realCorpus();
        for (SearchMode mode : SearchMode.values()) {
            Map<String, List<String>> run = new LinkedHashMap<>();
            for (JudgedQuery q : queries.queries()) {
                run.put(q.id(), searcher.ranking(q.text(), mode, 100).stream().map(Ranked::talkId).toList());
            }
            EVALUATIONS.put(mode, TrecMetrics.evaluate(qrels, run));
            MetricSummary s = EVALUATIONS.get(mode).summary();
            System.out.printf("%-8s nDCG@10 %.4f  Recall@10 %.4f  Recall@100 %.4f  MRR %.4f  (%d queries)%n",
                    mode.label(), s.ndcg10(), s.recall10(), s.recall100(), s.mrr(), s.queries());
        }
    }

    @Test
    void everyJudgedQueryIsEvaluated() {
        assertTrue(queries.size() >= 30);
        assertTrue(EVALUATIONS.get(SearchMode.HYBRID).summary().queries() >= 30);
    }

    @Test
    void hybridIsAtLeastAsGoodAsKeywordOnNdcgAt10() {
        double hybrid = ndcg(SearchMode.HYBRID);
        double keyword = ndcg(SearchMode.KEYWORD);
        assertTrue(hybrid >= keyword, "hybrid %.4f vs keyword %.4f".formatted(hybrid, keyword));
    }

    @Test
    void hybridIsAtLeastAsGoodAsSemanticOnNdcgAt10() {
        double hybrid = ndcg(SearchMode.HYBRID);
        double semantic = ndcg(SearchMode.SEMANTIC);
        assertTrue(hybrid >= semantic, "hybrid %.4f vs semantic %.4f".formatted(hybrid, semantic));
    }

    @Test
    void paraphrasesWithoutSharedWordsAreServedBySemanticEvidence() {
        // Paraphrases share no content word with their talk: hybrid must keep what the semantic list finds there.
        Evaluation hybrid = EVALUATIONS.get(SearchMode.HYBRID).restrictedTo(id -> isKind(id, "paraphrase"));
        Evaluation keyword = EVALUATIONS.get(SearchMode.KEYWORD).restrictedTo(id -> isKind(id, "paraphrase"));
        assertTrue(hybrid.summary().queries() > 0);
        assertTrue(hybrid.summary().ndcg10() > keyword.summary().ndcg10(),
                "paraphrases: hybrid %.4f vs keyword %.4f".formatted(hybrid.summary().ndcg10(),
                        keyword.summary().ndcg10()));
    }

    private static boolean isKind(String qid, String kind) {
        return queries.get(qid).map(q -> q.kind().equals(kind)).orElse(false);
    }

    private static double ndcg(SearchMode mode) {
        return EVALUATIONS.get(mode).summary().ndcg10();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HybridRankingTest.class.getClassLoader().getResource(name).toURI());
    }
}
