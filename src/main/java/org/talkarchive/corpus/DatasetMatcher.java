package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions of the corpus's datasets in text (abstracts, bios, transcripts) by name or alias.
 * A mention is a whole word: "BRSET" is not found inside "mBRSET", nor "MIMIC-IV" inside "MIMIC-IV-ED".
 * Longer names win where names overlap, so "MIMIC-IV ED" counts once, as MIMIC-IV ED, and "ISIC Archive" once.
 * One-word names (acronyms such as MSD) match case-sensitively, names of several words in any case.
 */
public final class DatasetMatcher {
    /** A letter or digit, or a joiner (- +) that continues a word when a letter or digit follows it. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][-+])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])(?![-+][\\p{L}\\p{N}])";

    private final List<Term> terms;

    public DatasetMatcher(List<Dataset> datasets) {
        List<Term> all = new ArrayList<>();
        for (Dataset dataset : datasets) {
            all.add(term(dataset.id(), dataset.name()));
            for (String alias : dataset.aliases()) {
                all.add(term(dataset.id(), alias));
            }
        }
        all.sort(Comparator.comparingInt((Term t) -> t.text.length()).reversed());
        this.terms = List.copyOf(all);
    }

    /** Ids of the datasets mentioned, in order of first mention (the set iterates in that order). */
    public Set<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        String normalized = TextNormalizer.forIndex(text);
        BitSet taken = new BitSet(normalized.length());
        List<Hit> hits = new ArrayList<>();
        for (Term term : terms) {
            Matcher m = term.pattern.matcher(normalized);
            while (m.find()) {
                if (taken.get(m.start(), m.end()).isEmpty()) {
                    taken.set(m.start(), m.end());
                    hits.add(new Hit(m.start(), term.datasetId));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::position));
        Set<String> ids = new LinkedHashSet<>();
        hits.forEach(h -> ids.add(h.datasetId));
        return Collections.unmodifiableSet(ids);
    }

    private static Term term(String datasetId, String name) {
        String text = TextNormalizer.forIndex(name);
        String body = String.join("\\s+", List.of(text.split(" ")).stream().map(Pattern::quote).toList());
        int flags = text.contains(" ") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return new Term(datasetId, text, Pattern.compile(BEFORE + body + AFTER, flags));
    }

    private record Term(String datasetId, String text, Pattern pattern) {
    }

    private record Hit(int position, String datasetId) {
    }
}
