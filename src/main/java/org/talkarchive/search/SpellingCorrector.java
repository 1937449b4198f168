package org.talkarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.talkarchive.index.Fields;

/**
 * Spelling help for words the index has never seen. A word shaped like a name, acronym, gene or code ("dLNs",
 * "IFIT1", "DMT1", "ComYMV") is never replaced: it is more likely a real word this index lacks than a typo. Other
 * unknown words are replaced only when the query as typed finds little (at least half its words are unknown, or it
 * matches hardly any talk); otherwise the query runs as typed and the
 * correction is only offered ("did you mean"). On a public benchmark (SciFact) replacing every unknown word turned
 * about as many real words into wrong ones ("IFIT1" into "ifih1") as it fixed typos.
 */
final class SpellingCorrector {

    /**
     * What to do with a query's unknown words.
     *
     * @param applied   the query with corrections applied (searched instead of the typed one), or null
     * @param suggested a corrected query only offered to the user, or null
     */
    record Correction(String applied, String suggested) {
        static final Correction NONE = new Correction(null, null);
    }

    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}:\"])[\\p{L}][\\p{L}\\p{N}]{3,}(?![\\p{L}\\p{N}:])");
    private static final Pattern FIELD_PREFIX = Pattern.compile("\\b([A-Za-z_]+):");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /** Edits a suggestion may be away from the word typed. */
    private static final int MAX_EDITS = 2;

    private final Analyzer analyzer;
    private final SearchEngine engine;
    private final Collection<String> textFields;

    /** @param textFields the fields a stemmed word may be known in ("talks" is known through "talk") */
    SpellingCorrector(Analyzer analyzer, SearchEngine engine, Collection<String> textFields) {
        this.analyzer = analyzer;
        this.engine = engine;
        this.textFields = List.copyOf(textFields);
    }

    /**
     * @param findsLittle whether a query text matches too few talks to stand as typed
     */
    Correction correct(String typed, Predicate<String> findsLittle) {
        if (typed.contains("\"") || FIELD_PREFIX.matcher(typed).find()) {
            return Correction.NONE; // quotes and field syntax mean exactly what they say
        }
        Matcher m = WORD.matcher(typed);
        StringBuilder safe = new StringBuilder();
        StringBuilder all = new StringBuilder();
        boolean safeChange = false;
        boolean anyChange = false;
        int copied = 0;
        int words = 0;
        int correctable = 0;
        while (m.find()) {
            words++;
            String word = m.group();
            String suggestion = OPERATORS.contains(word) ? null : suggestion(word);
            boolean guarded = suggestion != null && mayBeName(word);
            String between = typed.substring(copied, m.start());
            all.append(between).append(suggestion != null ? suggestion : word);
            safe.append(between).append(suggestion != null && !guarded ? suggestion : word);
            copied = m.end();
            anyChange |= suggestion != null;
            safeChange |= suggestion != null && !guarded;
            correctable += suggestion != null && !guarded ? 1 : 0;
        }
        all.append(typed.substring(copied));
        safe.append(typed.substring(copied));
        if (!anyChange) {
            return Correction.NONE;
        }
        // Finds little: half the words match nothing, or the typed words together match hardly any talk.
        if (safeChange && (2 * correctable >= words || findsLittle.test(typed))) {
            // A guarded word keeps its spelling; its suggestion is still offered beside the applied correction.
            return new Correction(safe.toString(), safe.toString().equals(all.toString()) ? null : all.toString());
        }
        return new Correction(null, all.toString());
    }

    /** The earlier rule, kept for the ablation: every unknown word replaced by its closest indexed spelling. */
    Correction correctAlways(String typed) {
        Correction c = correct(typed, any -> true);
        String everything = c.suggested() != null ? c.suggested() : c.applied();
        return everything == null ? Correction.NONE : new Correction(everything, null);
    }

    /**
     * Shapes that mark names, acronyms, genes and codes rather than misspelt words: a digit, capitals after the
     * first letter, or more than one capital.
     */
    static boolean mayBeName(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        long capitals = word.chars().filter(Character::isUpperCase).count();
        return capitals > 1 || (capitals == 1 && !Character.isUpperCase(word.charAt(0)));
    }

    /** The closest indexed spelling of a word the index does not know, or null. */
    private String suggestion(String word) {
        try {
            String folded = foldedWord(word);
            if (folded == null || isKnownWord(word, folded)) {
                return null;
            }
            return engine.closestTerm(Fields.SPELL, folded, MAX_EDITS).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word is known when the index has it as typed or, stemmed, in any text field ("talks" via "talk"). */
    private boolean isKnownWord(String word, String folded) throws IOException {
        if (engine.knows(Fields.SPELL, folded)) {
            return true;
        }
        List<String> stems = terms(Fields.ABSTRACT, word);
        for (String term : stems) {
            for (String field : textFields) {
                if (engine.knows(field, term)) {
                    return true;
                }
            }
        }
        return stems.isEmpty();
    }

    /** The word as the spelling dictionary holds it (lower case, accents folded), or null if it is not one token. */
    private String foldedWord(String word) {
        List<String> terms = terms(Fields.SPELL, word);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    private List<String> terms(String field, String text) {
        return terms(analyzer, field, text);
    }

    /** The terms an analyzer makes of a text for a field (shared with {@link KeywordQuery}). */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (var stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
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
