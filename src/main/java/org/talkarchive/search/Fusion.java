package org.talkarchive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses a keyword and a semantic ranking of talks. Lucene's {@code TopDocs.rrf} fuses doc ids of one index; here the
 * semantic list is already grouped from passages to talks, so fusion works on talk ids, above the Lucene seam.
 */
public enum Fusion {
    /** Reciprocal rank fusion, weighted: w / (k + rank). */
    RRF,
    /** Convex combination of scores normalised to [0, 1] within each list (0 where a list missed the talk). */
    CONVEX;

    /**
     * What the archive fuses with: on the judged set and on Cranfield the convex combination beat RRF at every
     * keyword weight tried, and on the passage set too (docs/benchmarks.md, "Fusion and query rules chosen by
     * measurement"): RRF's ranks throw away how far apart two talks' scores are.
     */
    public static final Fusion DEFAULT = CONVEX;

    /** The RRF constant; smaller than the customary 60 so a talk only one list finds is not buried. */
    static final int RRF_K = 10;

    /** Normalised score of the weakest talk a list found, versus 0 for a talk it missed. */
    private static final double LIST_FLOOR = 0.1;

    /**
     * @param keywordWeight in [0, 1]; the semantic list gets 1 - keywordWeight
     * @return talks of either list, best first
     */
    List<Ranked> fuse(List<Ranked> keyword, List<Ranked> semantic, double keywordWeight) {
        Map<String, Double> fused = new LinkedHashMap<>();
        if (this == RRF) {
            addRrf(fused, keyword, keywordWeight);
            addRrf(fused, semantic, 1 - keywordWeight);
        } else {
            addNormalised(fused, keyword, keywordWeight);
            addNormalised(fused, semantic, 1 - keywordWeight);
        }
        List<Ranked> out = new ArrayList<>();
        fused.forEach((id, score) -> out.add(new Ranked(id, score)));
        out.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::talkId));
        return out;
    }

    private static void addRrf(Map<String, Double> fused, List<Ranked> list, double weight) {
        for (int i = 0; i < list.size(); i++) {
            fused.merge(list.get(i).talkId(), weight / (RRF_K + i + 1), Double::sum);
        }
    }

    private static void addNormalised(Map<String, Double> fused, List<Ranked> list, double weight) {
        if (list.isEmpty()) {
            return;
        }
        double max = list.stream().mapToDouble(Ranked::score).max().orElse(1);
        double min = list.stream().mapToDouble(Ranked::score).min().orElse(0);
        double span = max - min;
        Map<String, Double> normalised = new HashMap<>();
        for (Ranked r : list) {
            // Being in a list at all is evidence: the last of a list keeps a floor above the talks it missed.
            normalised.put(r.talkId(), span <= 1e-9 ? 1.0 : LIST_FLOOR + (1 - LIST_FLOOR) * (r.score() - min) / span);
        }
        normalised.forEach((id, s) -> fused.merge(id, weight * s, Double::sum));
    }

    public static Fusion parse(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
