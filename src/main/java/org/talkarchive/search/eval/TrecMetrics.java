package org.talkarchive.search.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures trec_eval reports as {@code ndcg_cut.10}, {@code recall_10}, {@code recall_100} and
 * {@code recip_rank}, computed on ranked lists in the order given.
 *
 * <ul>
 *   <li>nDCG@10: gain is the judged grade (negative grades count as 0), discount {@code log2(rank + 1)};
 *       the ideal DCG sorts all judged grades of the query, not only the retrieved ones, and is cut at 10 too.</li>
 *   <li>Recall@k: relevant documents (grade &gt;= 1) in the top k divided by all relevant documents.</li>
 *   <li>Reciprocal rank: 1 / rank of the first relevant document, 0 if none is retrieved.</li>
 * </ul>
 *
 * <p>Means are taken over the queries of the qrels that have at least one relevant document. Such a query that is
 * missing from the run scores 0 on every measure, as with {@code trec_eval -c}; run queries that are not in the
 * qrels are ignored. Ties: the list order is the rank. trec_eval instead re-sorts by score descending, then docid
 * descending; the two agree whenever scores strictly decrease. {@link RunFile#read} applies trec_eval's order.
 */
public final class TrecMetrics {
    public static final int NDCG_DEPTH = 10;

    private TrecMetrics() {
    }

    /** Evaluates a run (query id to document ids, best first) against judgments. */
    public static Evaluation evaluate(Qrels qrels, Map<String, List<String>> run) {
        List<QueryMetrics> perQuery = new ArrayList<>();
        for (String qid : qrels.queryIds()) {
            if (qrels.relevantCount(qid) == 0) {
                continue;
            }
            perQuery.add(forQuery(qid, run.getOrDefault(qid, List.of()), qrels.judgments(qid)));
        }
        return new Evaluation(perQuery);
    }

    public static Evaluation evaluate(Qrels qrels, Run run) {
        return evaluate(qrels, run.rankedDocIds());
    }

    public static QueryMetrics forQuery(String qid, List<String> ranked, Map<String, Integer> grades) {
        requireDistinct(qid, ranked);
        int relevant = (int) grades.values().stream().filter(g -> g >= Qrels.RELEVANT).count();
        return new QueryMetrics(qid,
                ndcg(ranked, grades, NDCG_DEPTH),
                recall(ranked, grades, 10),
                recall(ranked, grades, 100),
                reciprocalRank(ranked, grades),
                relevant);
    }

    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int depth) {
        List<Integer> gains = new ArrayList<>();
        for (String docId : ranked) {
            gains.add(gain(grades.getOrDefault(docId, 0)));
        }
        List<Integer> ideal = grades.values().stream().map(TrecMetrics::gain)
                .sorted(Comparator.reverseOrder()).toList();
        double idealDcg = dcg(ideal, depth);
        return idealDcg == 0 ? 0 : dcg(gains, depth) / idealDcg;
    }

    public static double recall(List<String> ranked, Map<String, Integer> grades, int depth) {
        long relevant = grades.values().stream().filter(g -> g >= Qrels.RELEVANT).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream().limit(depth)
                .filter(docId -> grades.getOrDefault(docId, 0) >= Qrels.RELEVANT).count();
        return (double) found / relevant;
    }

    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= Qrels.RELEVANT) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double dcg(List<Integer> gains, int depth) {
        double sum = 0;
        for (int i = 0; i < Math.min(depth, gains.size()); i++) {
            sum += gains.get(i) / log2(i + 2);
        }
        return sum;
    }

    private static int gain(int grade) {
        return Math.max(grade, 0);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static void requireDistinct(String qid, List<String> ranked) {
        Set<String> seen = new HashSet<>();
        for (String docId : ranked) {
            if (!seen.add(docId)) {
                throw new IllegalArgumentException("document " + docId + " is ranked twice for query " + qid);
            }
        }
    }
}
