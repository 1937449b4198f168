package org.talkarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexAnalyzers;

/**
 * Turns what a person typed into a BM25 query over all text fields. Power users get phrases, AND/OR/NOT and
 * {@code field:} syntax; a syntax error falls back to the plain words; words the index has never seen are replaced
 * by their closest indexed spelling ("segmentaion" becomes "segmentation"). What it builds is a {@link LexicalQuery}
 * of analysed terms; what it needs to know about the index (known words, how many talks a query finds) it asks the
 * {@link SearchEngine}.
 */
final class KeywordQuery {

    /** Title and names above abstract, above bio and transcript. */
    static final Map<String, Float> BOOSTS = Map.of(
            Fields.TITLE, 4f, Fields.SPEAKER, 4f, Fields.DATASETS_TEXT, 2.5f, Fields.ABSTRACT, 2f,
            Fields.TOPICS_TEXT, 1.5f, Fields.TAGS, 1.5f, Fields.AFFILIATION, 1.5f, Fields.BIO, 1f,
            Fields.TRANSCRIPT, 0.8f);

    /** Friendly field names people may type before a colon, mapped to index fields. */
    private static final Map<String, String> FIELD_ALIASES = Map.of(
            "title", Fields.TITLE, "abstract", Fields.ABSTRACT, "bio", Fields.BIO, "speaker", Fields.SPEAKER,
            "affiliation", Fields.AFFILIATION, "topic", Fields.TOPICS_TEXT, "dataset", Fields.DATASETS_TEXT,
            "transcript", Fields.TRANSCRIPT, "tag", Fields.TAGS);

    private static final Pattern FIELD_PREFIX = Pattern.compile("\\b([A-Za-z_]+):");
    /** Operators that exclude or require: the person wants exactly what the words say. */
    private static final Pattern BOOLEAN_SYNTAX = Pattern.compile("\\b(AND|NOT)\\b|(^|\\s)[+-]\\S");
    /** More words than this would multiply into more clauses than Lucene allows (one clause per field of BOOSTS each). */
    static final int MAX_WORDS = 64;
    /** Term leaves a query may have across all fields (Lucene refuses more than 1024 clauses). */
    static final int MAX_TERMS = 800;
    /** Words that ask rather than say what about; English stop words (the analyser drops those) are not repeated. */
    static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("what", "which", "who", "whom", "whose",
            "when", "where", "why", "how", "do", "does", "did", "can", "could", "should", "would", "i", "we", "you",
            "me", "my", "our", "any", "some", "there", "have", "has");
    /** A typed query matching fewer talks than this "finds little": its misspelt words are then corrected. */
    static final int FEW_TALKS = 3;

    /** A query's lexical form and its analysed terms (what term coverage counts). */
    record Words(LexicalQuery query, List<String> terms) {
    }

    /**
     * @param written     what talks (titles, abstracts, bios) are searched with: without question words, which in
     *                    writing say how something is asked, not what about
     * @param spoken      what transcript passages are searched with: with the question words, which speech shares
     *                    with the question ("how we did it"); measured in docs/benchmarks.md
     * @param text        the query searched: as typed (words capped) or as corrected
     * @param typed       the query as typed, words capped
     * @param corrected   the query with misspelled words replaced, or null when nothing was replaced
     * @param suggested   a correction offered but not applied ("did you mean"), or null
     * @param lexicalNeed the query names something (quotes, field syntax, a talk id, a speaker or affiliation):
     *                    keyword evidence must dominate the fusion
     */
    record Parsed(Words written, Words spoken, String text, String typed, String corrected, String suggested,
                  boolean lexicalNeed) {
        LexicalQuery query() {
            return written.query();
        }

        List<String> terms() {
            return written.terms();
        }
    }

    /** The analysis the index was built with: query terms must be the index's terms. */
    private final Analyzer analyzer = IndexAnalyzers.perField();
    private final SearchEngine engine;
    private final QuerySyntax syntax = new QuerySyntax(analyzer, BOOSTS);
    private final SpellingCorrector corrector;

    KeywordQuery(SearchEngine engine) {
        this.engine = engine;
        this.corrector = new SpellingCorrector(analyzer, engine, BOOSTS.keySet());
    }

    Parsed parse(String typed) {
        return parse(typed, RankingRules.DEFAULT);
    }

    Parsed parse(String typed, RankingRules rules) {
        String capped = capWords(typed);
        SpellingCorrector.Correction correction = switch (rules.spelling()) {
            case WHEN_LITTLE_FOUND -> corrector.correct(capped, this::findsLittle);
            case ALWAYS -> corrector.correctAlways(capped);
            case OFF -> SpellingCorrector.Correction.NONE;
        };
        String corrected = correction.applied();
        String text = corrected != null ? corrected : capped;
        boolean hasSyntax = text.contains("\"") || FIELD_PREFIX.matcher(text).find()
                || BOOLEAN_SYNTAX.matcher(text).find();
        List<String> ids = talkIds(text);
        Words spoken = words(text, hasSyntax, ids, rules);
        Words written = rules.questionWords() || hasSyntax ? spoken
                : words(withoutQuestionWords(text), false, ids, rules);
        boolean lexical = !ids.isEmpty() || hasSyntax || namesSomething(text);
        return new Parsed(written, spoken, text, capped, corrected, correction.suggested(), lexical);
    }

    /** The lexical query of these words (a talk id named in them also matches that talk's id) and their terms. */
    private Words words(String text, boolean hasSyntax, List<String> ids, RankingRules rules) {
        LexicalQuery parsed = syntax.parseLenient(mapFieldAliases(text));
        if (termCount(parsed) > MAX_TERMS) {
            // Long hyphenated or many-word input would exceed Lucene's clause limit: keep its first words, plainly.
            List<String> analysed = analyzedTerms(Fields.ABSTRACT, text);
            parsed = syntax.parseLenient(String.join(" ", analysed.subList(0, Math.min(analysed.size(), MAX_WORDS))));
        }
        if (rules.scoring() == RankingRules.Scoring.BM25F && !hasSyntax && engine.combinesFields()) {
            parsed = bm25f(analyzedTerms(Fields.ABSTRACT, text));
        }
        List<LexicalQuery.Clause> query = new ArrayList<>();
        query.add(new LexicalQuery.Clause(LexicalQuery.Occur.SHOULD, parsed));
        for (String id : ids) {
            query.add(new LexicalQuery.Clause(LexicalQuery.Occur.SHOULD,
                    new LexicalQuery.Boosted(new LexicalQuery.Term(Fields.ID, id), 20f)));
        }
        List<String> terms = analyzedTerms(Fields.ABSTRACT, text.replaceAll("\\b(AND|OR|NOT)\\b", " ")).stream()
                .distinct().toList();
        return new Words(new LexicalQuery.Bool(query, 0), terms);
    }

    /**
     * The words of a plain query without its question words, which say how something is asked rather than what
     * about ("how", "which", "does", "I"); the query itself when nothing else is left.
     */
    static String withoutQuestionWords(String text) {
        List<String> kept = java.util.Arrays.stream(text.split("\\s+"))
                .filter(w -> !QUESTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W", "")))
                .toList();
        return kept.stream().allMatch(String::isBlank) ? text : String.join(" ", kept);
    }

    /**
     * BM25F over the same fields and weights: per term, frequencies and lengths are combined across fields before
     * BM25 saturates them, instead of summing one saturated score per field. CombinedFieldQuery wants weights of at
     * least 1, so the boosts are scaled by the smallest one (ratios kept).
     */
    private static LexicalQuery bm25f(List<String> terms) {
        float smallest = (float) BOOSTS.values().stream().mapToDouble(Float::doubleValue).min().orElse(1);
        Map<String, Float> weights = new java.util.HashMap<>();
        BOOSTS.forEach((field, boost) -> weights.put(field, boost / smallest));
        List<LexicalQuery.Clause> query = new ArrayList<>();
        for (String term : terms.stream().distinct().limit(MAX_WORDS).toList()) {
            query.add(new LexicalQuery.Clause(LexicalQuery.Occur.SHOULD, new LexicalQuery.Combined(term, weights)));
        }
        return new LexicalQuery.Bool(query, 0);
    }

    private static String mapFieldAliases(String text) {
        Matcher m = FIELD_PREFIX.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = FIELD_ALIASES.get(m.group(1).toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(field != null ? field + ":" : m.group(1) + "\\:"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The exact terms a query names, as Lucene counts them against its clause limit: expanding queries (prefix,
     * wildcard, range, fuzzy with edits) count as none here, {@link SafeQueryParser} bounds those.
     */
    static int termCount(LexicalQuery query) {
        return switch (query) {
            case LexicalQuery.Term t -> 1;
            case LexicalQuery.Phrase p -> p.terms().size();
            case LexicalQuery.Fuzzy f -> f.maxEdits() == 0 || f.prefixLength() >= f.text().length() ? 1 : 0;
            case LexicalQuery.Combined c -> c.fieldWeights().size();
            case LexicalQuery.Boosted b -> termCount(b.query());
            case LexicalQuery.Bool b -> b.clauses().stream().mapToInt(c -> termCount(c.query())).sum();
            case LexicalQuery.Prefix p -> 0;
            case LexicalQuery.Wildcard w -> 0;
            case LexicalQuery.Range r -> 0;
            case LexicalQuery.All a -> 0;
        };
    }

    /** The talk ids the query names, e.g. "s04e01" or "s10-quinn" (any id the index holds). */
    private List<String> talkIds(String text) {
        List<String> ids = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
            if (token.length() >= 3 && engine.talks().containsKey(token)) {
                ids.add(token);
            }
        }
        return ids;
    }

    /**
     * True when the query is a name: every word is in some speaker's name, or the query is a phrase of some
     * affiliation or dataset name ("Stanford", "University of Copenhagen", "ISIC").
     */
    private boolean namesSomething(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        if (words.isEmpty() || words.size() > 6) {
            return false;
        }
        return words.stream().allMatch(w -> inField(Fields.SPEAKER, w))
                || isPhraseOf(Fields.AFFILIATION, text) || isPhraseOf(Fields.DATASETS_TEXT, text);
    }

    private boolean isPhraseOf(String field, String text) {
        List<String> terms = analyzedTerms(field, text);
        if (terms.isEmpty()) {
            return false;
        }
        LexicalQuery phrase = terms.size() == 1 ? new LexicalQuery.Term(field, terms.get(0))
                : new LexicalQuery.Phrase(field, terms, IntStream.range(0, terms.size()).boxed().toList(), 0);
        try {
            return engine.count(phrase, Scope.talks()) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@link #MAX_WORDS} words of a very long query. */
    private static String capWords(String typed) {
        String[] words = typed.strip().split("\\s+");
        return words.length <= MAX_WORDS ? typed
                : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    private boolean inField(String field, String word) {
        try {
            for (String term : analyzedTerms(field, word)) {
                if (!engine.knows(field, term)) {
                    return false;
                }
            }
            return !analyzedTerms(field, word).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when a query as typed matches fewer than {@link #FEW_TALKS} talks: then its unknown words are corrected
     * rather than only offered as "did you mean".
     */
    private boolean findsLittle(String text) {
        try {
            return engine.count(syntax.parseLenient(mapFieldAliases(text)), Scope.talks()) < FEW_TALKS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> analyzedTerms(String field, String text) {
        return SpellingCorrector.terms(analyzer, field, text);
    }
}
