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
 * @param semanticAsTyped the model reads the query as typed; off, it reads the spelling-corrected query
 * @param questionWords   a plain query keeps its question words ("how", "which", "does" ...) as keyword terms
 *                        for talks; off, they are dropped from the talks' keyword query and term coverage
 *                        (transcript passages keep them either way)
 * @param keywordWeights  the keyword list's share in hybrid fusion, by term coverage
 */
public record RankingRules(boolean lexicalNeed, boolean coverageWeight, boolean semanticCutoff,
                           boolean semanticOnlyCap, Spelling spelling, Scoring scoring, boolean semanticAsTyped,
                           boolean questionWords, KeywordWeights keywordWeights) {

    public static final RankingRules DEFAULT = new RankingRules(true, true, true, true, Spelling.WHEN_LITTLE_FOUND,
            Scoring.BM25F, true, false, KeywordWeights.DEFAULT);

    /**
     * The keyword list's share in hybrid fusion: {@code min} when the best keyword hits hold none of the query's
     * terms, rising with the square of the share they hold to {@code max} when one holds them all. The semantic list
     * gets the rest.
     */
    public record KeywordWeights(double min, double max) {
        public static final KeywordWeights DEFAULT = new KeywordWeights(0.1, 0.8);

        public KeywordWeights {
            if (!(0 <= min && min <= max && max <= 1)) {
                throw new IllegalArgumentException("keyword weights need 0 <= min <= max <= 1: " + min + ":" + max);
            }
        }

        double forCoverage(double coverage) {
            return min + (max - min) * coverage * coverage;
        }

        /** Reads {@code MIN:MAX}, e.g. {@code 0.1:0.8}. */
        public static KeywordWeights parse(String value) {
            String[] parts = value.strip().split(":");
            try {
                if (parts.length == 2) {
                    return new KeywordWeights(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("keyword weights must be MIN:MAX, e.g. 0.1:0.8, not: " + value);
        }

        @Override
        public String toString() {
            return min + ":" + max;
        }
    }

    /** These rules with other keyword weights. */
    public RankingRules withKeywordWeights(KeywordWeights weights) {
        return new RankingRules(lexicalNeed, coverageWeight, semanticCutoff, semanticOnlyCap, spelling, scoring,
                semanticAsTyped, questionWords, weights);
    }

    /** The names {@link #ablated} knows, each changing one rule of the default. */
    public static final List<String> VARIANTS = List.of("no-lexical-need", "no-coverage-weight",
            "no-semantic-cutoff", "no-semantic-cap", "spelling-always", "spelling-off", "bm25f", "summed-fields",
            "semantic-as-typed", "semantic-corrected", "drop-question-words", "keep-question-words");

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

    /** The default rules with some switched off or changed, by the names in {@link #VARIANTS}. */
    public static RankingRules ablated(List<String> names) {
        RankingRules r = DEFAULT;
        for (String name : names) {
            boolean[] b = {r.lexicalNeed, r.coverageWeight, r.semanticCutoff, r.semanticOnlyCap, r.semanticAsTyped,
                    r.questionWords};
            Spelling spelling = r.spelling;
            Scoring scoring = r.scoring;
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "no-lexical-need" -> b[0] = false;
                case "no-coverage-weight" -> b[1] = false;
                case "no-semantic-cutoff" -> b[2] = false;
                case "no-semantic-cap" -> b[3] = false;
                case "semantic-as-typed" -> b[4] = true;
                case "semantic-corrected" -> b[4] = false;
                case "keep-question-words" -> b[5] = true;
                case "drop-question-words" -> b[5] = false;
                case "spelling-always" -> spelling = Spelling.ALWAYS;
                case "spelling-off" -> spelling = Spelling.OFF;
                case "bm25f" -> scoring = Scoring.BM25F;
                case "summed-fields" -> scoring = Scoring.SUMMED;
                default -> throw new IllegalArgumentException("unknown rule to ablate: " + name + " (known: "
                        + String.join(", ", VARIANTS) + ")");
            }
            r = new RankingRules(b[0], b[1], b[2], b[3], spelling, scoring, b[4], b[5], r.keywordWeights);
        }
        return r;
    }
}
