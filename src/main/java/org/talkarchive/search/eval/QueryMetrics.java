package org.talkarchive.search.eval;

/** The measures of one query: nDCG@10, Recall@10, Recall@100, reciprocal rank, and how many relevant documents it has. */
public record QueryMetrics(String qid, double ndcg10, double recall10, double recall100, double reciprocalRank,
        int relevant) {
}
