package org.talkarchive.search.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.talkarchive.search.PassageHit;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.TalkSearcher;

/**
 * Runs a passage set through the archive and the BM25-over-passages baseline, in two scopes: the whole archive (the
 * passages a result list shows, hit after hit) and the judged talk alone (a search in that talk, as its page offers).
 */
public final class PassageBenchmark {

    /** The suffix of a row that searched the judged talk alone. */
    public static final String IN_TALK = " in talk";

    private PassageBenchmark() {
    }

    /**
     * @param baseline null to leave the baseline out
     * @return one run per row: each mode and the baseline ("bm25") over the archive, then each in the judged talk
     */
    public static Map<String, PassageRun> run(TalkSearcher searcher, PassageBaseline baseline, QuerySet queries,
                                              MomentJudgments moments, List<SearchMode> modes) {
        Map<String, PassageRun> runs = new LinkedHashMap<>();
        for (boolean inTalk : new boolean[] {false, true}) {
            String suffix = inTalk ? IN_TALK : "";
            for (SearchMode mode : modes) {
                runs.put(mode.label() + suffix, PassageRun.collect(queries, moments,
                        q -> shown(searcher, q.text(), mode, inTalk ? judgedTalk(moments, q) : null)));
            }
            if (baseline != null) {
                Function<JudgedQuery, List<ShownPassage>> bm25 =
                        q -> baseline.search(q.text(), inTalk ? judgedTalk(moments, q) : null, 3);
                runs.put("bm25" + suffix, PassageRun.collect(queries, moments, bm25));
            }
        }
        return runs;
    }

    /** The passages the archive shows for a query, in order: each hit's moments, hit after hit. */
    public static List<ShownPassage> shown(TalkSearcher searcher, String query, SearchMode mode, String talkId) {
        List<ShownPassage> out = new ArrayList<>();
        for (SearchHit hit : searcher.search(SearchRequest.of(query).withMode(mode).inTalk(talkId)).hits()) {
            for (PassageHit p : hit.passages()) {
                out.add(new ShownPassage(hit.talk().id(), p.start(), p.end()));
            }
        }
        return out;
    }

    private static String judgedTalk(MomentJudgments moments, JudgedQuery q) {
        return moments.of(q.id()).getFirst().talkId();
    }
}
