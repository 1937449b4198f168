package org.talkarchive.search;

import java.util.List;
import java.util.Locale;

/**
 * The hand-set ranking rules, each of which can be switched off so that `eval --ablate` measures what it earns
 * (docs/benchmarks.md, "Ablations"). {@link #DEFAULT} is what the archive runs.
 *
 * @param lexicalNeed     names, ids, phrases and operators give keyword 0.95 of the weight and drop meaning-only hits
 * @param coverageWeight  otherwise the keyword weight follows the query's term coverage in the top keyword hits
 *                        (off: a fixed 0.5)
 * @param semanticCutoff  semantic matches need the model's floor and must come within 0.12 of the best one
 * @param semanticOnlyCap in hybrid mode meaning alone adds at most its 10 best talks
 * @param spelling        how unknown words are corrected
 * @param scoring         how the keyword score combines the text fields
 */
public record RankingRules(boolean lexicalNeed, boolean coverageWeight, boolean semanticCutoff,
                           boolean semanticOnlyCap, Spelling spelling, Scoring scoring) {

    public static final RankingRules DEFAULT =
            new RankingRules(true, true, true, true, Spelling.WHEN_LITTLE_FOUND, Scoring.SUMMED);

    /** Spelling correction variants. */
    public enum Spelling {
        /** Replace unknown words only when the query finds little, never name-shaped ones; else "did you mean". */
        WHEN_LITTLE_FOUND,
        /** The earlier rule: replace every unknown word by its closest indexed spelling. */
        ALWAYS,
        /** Search exactly as typed. */
        OFF
    }

    /** How a plain-words query scores the text fields. */
    public enum Scoring {
        /** A boosted BM25 score per field, summed (Lucene's MultiFieldQueryParser). */
        SUMMED,
        /** BM25F: the fields' term frequencies and lengths combined before BM25 (Lucene's CombinedFieldQuery). */
        BM25F
    }

    /**
     * The default rules with some switched off or changed, by name: no-lexical-need, no-coverage-weight,
     * no-semantic-cutoff, no-semantic-cap, spelling-always, spelling-off, bm25f.
     */
    public static RankingRules ablated(List<String> names) {
        RankingRules r = DEFAULT;
        for (String name : names) {
            r = switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "no-lexical-need" -> new RankingRules(false, r.coverageWeight, r.semanticCutoff,
                        r.semanticOnlyCap, r.spelling, r.scoring);
                case "no-coverage-weight" -> new RankingRules(r.lexicalNeed, false, r.semanticCutoff,
                        r.semanticOnlyCap, r.spelling, r.scoring);
                case "no-semantic-cutoff" -> new RankingRules(r.lexicalNeed, r.coverageWeight, false,
                        r.semanticOnlyCap, r.spelling, r.scoring);
                case "no-semantic-cap" -> new RankingRules(r.lexicalNeed, r.coverageWeight, r.semanticCutoff,
                        false, r.spelling, r.scoring);
                case "spelling-always" -> new RankingRules(r.lexicalNeed, r.coverageWeight, r.semanticCutoff,
                        r.semanticOnlyCap, Spelling.ALWAYS, r.scoring);
                case "spelling-off" -> new RankingRules(r.lexicalNeed, r.coverageWeight, r.semanticCutoff,
                        r.semanticOnlyCap, Spelling.OFF, r.scoring);
                case "bm25f" -> new RankingRules(r.lexicalNeed, r.coverageWeight, r.semanticCutoff,
                        r.semanticOnlyCap, r.spelling, Scoring.BM25F);
                default -> throw new IllegalArgumentException("unknown rule to ablate: " + name + " (known: "
                        + "no-lexical-need, no-coverage-weight, no-semantic-cutoff, no-semantic-cap, "
                        + "spelling-always, spelling-off, bm25f)");
            };
        }
        return r;
    }
}
