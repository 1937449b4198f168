package org.talkarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.SuggestMode;
import org.talkarchive.index.Fields;

/**
 * Turns what a person typed into a BM25 query over all text fields. Power users get phrases, AND/OR/NOT and
 * {@code field:} syntax; a syntax error falls back to the plain words; words the index has never seen are replaced
 * by their closest indexed spelling ("segmentaion" becomes "segmentation").
 */
final class KeywordQuery {

    /** Title and names above abstract, above bio and transcript. */
    static final Map<String, Float> BOOSTS = Map.of(
            Fields.TITLE, 4f, Fields.SPEAKER, 4f, Fields.DATASETS_TEXT, 2.5f, Fields.ABSTRACT, 2f,
            Fields.TOPICS_TEXT, 1.5f, Fields.AFFILIATION, 1.5f, Fields.BIO, 1f, Fields.TRANSCRIPT, 0.8f);

    /** Friendly field names people may type before a colon, mapped to index fields. */
    private static final Map<String, String> FIELD_ALIASES = Map.of(
            "title", Fields.TITLE, "abstract", Fields.ABSTRACT, "bio", Fields.BIO, "speaker", Fields.SPEAKER,
            "affiliation", Fields.AFFILIATION, "topic", Fields.TOPICS_TEXT, "dataset", Fields.DATASETS_TEXT,
            "transcript", Fields.TRANSCRIPT);

    private static final Pattern FIELD_PREFIX = Pattern.compile("\\b([A-Za-z_]+):");
    private static final Pattern TALK_ID = Pattern.compile("(?i)\\bs\\d{2}e\\d{2}\\b");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:\"])[\\p{L}][\\p{L}\\p{N}]{3,}(?![\\p{L}\\p{N}:])");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT");

    /**
     * @param lexicalNeed the query names something (quotes, field syntax, a talk id, a speaker or affiliation):
     *                    keyword evidence must dominate the fusion
     * @param corrected   the query with misspelled words replaced, or null when nothing was replaced
     */
    record Parsed(Query query, String text, String corrected, boolean lexicalNeed, List<String> terms) {
    }

    private final Analyzer analyzer;
    private final IndexReader reader;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    KeywordQuery(Analyzer analyzer, IndexReader reader) {
        this.analyzer = analyzer;
        this.reader = reader;
        spellChecker.setMinQueryLength(4);
        spellChecker.setMaxEdits(2);
    }

    Parsed parse(String typed) {
        String corrected = correctSpelling(typed);
        String text = corrected != null ? corrected : typed;
        Query parsed = parseLenient(mapFieldAliases(text));
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD);
        Matcher id = TALK_ID.matcher(text);
        boolean namesTalk = false;
        while (id.find()) {
            namesTalk = true;
            query.add(new BoostQuery(new TermQuery(new Term(Fields.ID, id.group().toLowerCase(Locale.ROOT))), 20f),
                    BooleanClause.Occur.SHOULD);
        }
        boolean lexical = namesTalk || text.contains("\"") || FIELD_PREFIX.matcher(text).find() || namesPerson(text);
        List<String> terms = analyzedTerms(Fields.ABSTRACT, text.replaceAll("\\b(AND|OR|NOT)\\b", " ")).stream()
                .distinct().toList();
        return new Parsed(query.build(), text, corrected, lexical, terms);
    }

    private Query parseLenient(String text) {
        String[] fields = BOOSTS.keySet().toArray(String[]::new);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException syntaxError) {
            try {
                // Escaping leaves AND/OR/NOT as operators, so "fairness AND" would fail again: drop them too.
                return parser.parse(QueryParser.escape(text.replaceAll("\\b(AND|OR|NOT)\\b", " ")));
            } catch (ParseException e) {
                return new BooleanQuery.Builder().build();
            }
        }
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

    /** True when every word is in some speaker's name, or the query is a phrase of some affiliation. */
    private boolean namesPerson(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        if (words.isEmpty() || words.size() > 6) {
            return false;
        }
        return words.stream().allMatch(w -> inField(Fields.SPEAKER, w)) || isAffiliationPhrase(text);
    }

    private boolean isAffiliationPhrase(String text) {
        List<String> terms = analyzedTerms(Fields.AFFILIATION, text);
        if (terms.size() < 2) {
            return false;
        }
        try {
            Query phrase = new org.apache.lucene.search.PhraseQuery(Fields.AFFILIATION, terms.toArray(String[]::new));
            return new org.apache.lucene.search.IndexSearcher(reader).count(phrase) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean inField(String field, String word) {
        try {
            for (String term : analyzedTerms(field, word)) {
                if (reader.docFreq(new Term(field, term)) == 0) {
                    return false;
                }
            }
            return !analyzedTerms(field, word).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String correctSpelling(String typed) {
        if (typed.contains("\"") || FIELD_PREFIX.matcher(typed).find()) {
            return null;
        }
        Matcher m = WORD.matcher(typed);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        try {
            while (m.find()) {
                String word = m.group();
                String replacement = word;
                if (!OPERATORS.contains(word)) {
                    String folded = foldedWord(word);
                    if (folded != null && !isKnownWord(word, folded)) {
                        SuggestWord[] best = spellChecker.suggestSimilar(new Term(Fields.SPELL, folded), 1, reader,
                                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                        if (best.length > 0) {
                            replacement = best[0].string;
                            changed = true;
                        }
                    }
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }

    /** A word is known when the index has it as typed or, stemmed, in any text field ("talks" via "talk"). */
    private boolean isKnownWord(String word, String folded) throws IOException {
        if (reader.docFreq(new Term(Fields.SPELL, folded)) > 0) {
            return true;
        }
        for (String term : analyzedTerms(Fields.ABSTRACT, word)) {
            for (String field : BOOSTS.keySet()) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
        }
        return analyzedTerms(Fields.ABSTRACT, word).isEmpty();
    }

    /** The word as the spelling dictionary holds it (lower case, accents folded), or null if it is not one token. */
    private String foldedWord(String word) {
        List<String> terms = analyzedTerms(Fields.SPELL, word);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    private List<String> analyzedTerms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
