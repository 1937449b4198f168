package org.talkarchive.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Slugs;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.Catalogue;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.TalkSummary;

/**
 * Speakers A-Z, read from the speaker facet (one value per name, with its talk count) rather than from every talk,
 * so listing a page costs one facet count plus one small search per speaker shown, at 30 talks or at 20,000.
 */
final class SpeakerDirectory {

    /** The letter of names that do not start with a letter A-Z (after accents are dropped). */
    static final String OTHER = "#";

    /**
     * One speaker as the directory lists them.
     *
     * @param speaker as written on their newest talk that names an affiliation (else their newest talk)
     * @param count   all their talks; {@code talks} holds the newest of them
     */
    record Listing(Speaker speaker, int count, List<TalkSummary> talks) {

        String slug() {
            return speaker.slug();
        }
    }

    /** The speaker facet's values sorted A-Z, by initial ({@link #letter}) in that order, and by slug. */
    private record Names(List<FacetValue> sorted, Map<String, List<FacetValue>> byLetter,
                         Map<String, FacetValue> bySlug) {

        static Names of(Catalogue catalogue) {
            // Each name folded once, not at every comparison: an archive of 20,000 talks has some 13,000 names.
            List<FacetValue> sorted = catalogue.facet(FacetDimension.SPEAKER.field(), Map.of()).stream()
                    .map(v -> Map.entry(fold(v.value()) + "\u0000" + v.value(), v))
                    .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
            Map<String, List<FacetValue>> byLetter = new HashMap<>();
            Map<String, FacetValue> bySlug = new HashMap<>();
            for (FacetValue v : sorted) {
                byLetter.computeIfAbsent(letter(v.value()), l -> new ArrayList<>()).add(v);
                bySlug.putIfAbsent(Slugs.slugify(v.value()), v);
            }
            byLetter.replaceAll((l, values) -> List.copyOf(values));
            return new Names(sorted, Map.copyOf(byLetter), Map.copyOf(bySlug));
        }
    }

    private final ArchiveCatalog catalog;
    private final PerCatalogue<Names> names = new PerCatalogue<>(Names::of);

    SpeakerDirectory(ArchiveCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every speaker name with its talk count, A-Z by name as read without accents. */
    List<FacetValue> names() {
        return names(catalog.searcher().catalogue());
    }

    /** The same, of one generation's catalogue (the sitemap's URLs are all made from one). */
    List<FacetValue> names(Catalogue catalogue) {
        return names.get(catalogue).sorted();
    }

    /** How many speakers the archive has. */
    int count() {
        return catalog.facet(FacetDimension.SPEAKER.field(), Map.of()).size();
    }

    /** The names starting with {@code letter} ("A".."Z" or {@link #OTHER}), A-Z; every name for null. */
    List<FacetValue> names(String letter) {
        Names all = names.get(catalog.searcher().catalogue());
        return letter == null ? all.sorted() : all.byLetter().getOrDefault(letter, List.of());
    }

    /** The initials some speaker's name has. */
    Set<String> letters() {
        return names.get(catalog.searcher().catalogue()).byLetter().keySet();
    }

    /** The speaker whose name has this slug (as in {@code /speakers/<slug>}). */
    Optional<FacetValue> bySlug(String slug) {
        return Optional.ofNullable(names.get(catalog.searcher().catalogue()).bySlug().get(slug));
    }

    /** The speaker's talk count, newest talks, and how they are described (from their newest talk that names an
     * affiliation, since later talks of a series often repeat the name alone). */
    Listing listing(FacetValue name, int talkLimit) {
        // From the catalogue, not a search: a search counts every facet value, 7 ms a speaker at 21,712 talks.
        List<TalkSummary> talks = catalog.newest(FacetDimension.SPEAKER.field(), name.value(), talkLimit);
        List<Speaker> records = new ArrayList<>();
        for (TalkSummary talk : talks) {
            catalog.searcher().talkMetadata(talk.id()).stream().flatMap(t -> t.speakers().stream())
                    .filter(s -> TextNormalizer.forIndex(s.name()).equals(name.value())).forEach(records::add);
            if (records.stream().anyMatch(s -> known(s.affiliation()))
                    && records.stream().anyMatch(s -> known(s.bio()))) {
                break; // the rest of a prolific speaker's talks would say the same
            }
        }
        Speaker speaker = records.stream().filter(s -> s.affiliation() != null && !s.affiliation().isBlank())
                .findFirst().orElse(records.isEmpty() ? new Speaker(name.value(), null, null, null, null)
                        : records.get(0));
        if (speaker.bio() == null || speaker.bio().isBlank()) {
            // A later talk often repeats the name alone; the bio is then on an earlier one.
            String bio = records.stream().map(Speaker::bio).filter(b -> b != null && !b.isBlank()).findFirst()
                    .orElse(null);
            speaker = new Speaker(speaker.name(), speaker.affiliation(), speaker.country(), speaker.website(), bio);
        }
        return new Listing(speaker, name.count(), talks);
    }

    private static boolean known(String text) {
        return text != null && !text.isBlank();
    }

    /** "A".."Z", or {@link #OTHER}. */
    static String letter(String name) {
        String folded = fold(name);
        char first = folded.isEmpty() ? ' ' : folded.charAt(0);
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : OTHER;
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toUpperCase(Locale.ROOT);
    }
}
