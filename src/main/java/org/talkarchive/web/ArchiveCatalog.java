package org.talkarchive.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.SortOrder;
import org.talkarchive.search.TalkDetail;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.search.TalkSummary;

/**
 * Whole-archive views the pages need (every talk, every speaker, facet counts), read from the searcher's
 * {@link org.talkarchive.search.Catalogue} of the generation it serves. Nothing is cached here: the searcher may be
 * reopened on a new index while the app runs.
 */
public final class ArchiveCatalog {

    /** One speaker across their talks; {@code speaker} is as written on their most recent talk. */
    public record SpeakerProfile(String slug, Speaker speaker, List<TalkSummary> talks) {
    }

    private final TalkSearcher searcher;

    public ArchiveCatalog(TalkSearcher searcher) {
        this.searcher = searcher;
    }

    public TalkSearcher searcher() {
        return searcher;
    }

    /** Every talk, newest first (TBA first). */
    public List<TalkSummary> allTalks() {
        return searcher.catalogue().talks();
    }

    /** The talks with a facet value, newest first. */
    public List<TalkSummary> talksWhere(String dimension, String value) {
        return searcher.catalogue().talksWhere(dimension, value);
    }

    /** The talks matching facet filters, newest first (several dimensions, e.g. a topic's upcoming talks). */
    public List<TalkSummary> talksWhere(Map<String, List<String>> filters) {
        List<TalkSummary> talks = new ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResponse response = searcher.search(browseRequest(filters, page, SearchRequest.MAX_SIZE));
            response.hits().forEach(h -> talks.add(h.talk()));
            if (response.hits().isEmpty() || talks.size() >= response.total()) {
                return talks;
            }
        }
    }

    public List<TalkDetail> allDetails() {
        return allTalks().stream().map(t -> searcher.talk(t.id())).flatMap(Optional::stream).toList();
    }

    /** Facet values of one dimension over the whole archive, or under the given filters. */
    public List<FacetValue> facet(String dimension, Map<String, List<String>> filters) {
        return searcher.catalogue().facet(dimension, filters);
    }

    public Map<String, Integer> facetCounts(String dimension) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        facet(dimension, Map.of()).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    /** Every speaker, by name. */
    public List<SpeakerProfile> speakers() {
        List<TalkSummary> summaries = allTalks();
        Map<String, TalkSummary> byId = new LinkedHashMap<>();
        summaries.forEach(s -> byId.put(s.id(), s));
        Map<String, Speaker> latest = new LinkedHashMap<>();
        Map<String, List<TalkSummary>> talks = new LinkedHashMap<>();
        // summaries are newest first, so the first record seen of a speaker is their latest affiliation and bio
        for (TalkSummary summary : summaries) {
            Optional<TalkDetail> detail = searcher.talk(summary.id());
            if (detail.isEmpty()) {
                continue;
            }
            for (Speaker speaker : detail.get().talk().speakers()) {
                String slug = speaker.slug();
                latest.merge(slug, speaker, (kept, older) ->
                        kept.bio() == null || kept.bio().isBlank() ? withBio(kept, older.bio()) : kept);
                talks.computeIfAbsent(slug, k -> new ArrayList<>()).add(byId.get(summary.id()));
            }
        }
        return latest.entrySet().stream()
                .map(e -> new SpeakerProfile(e.getKey(), e.getValue(), List.copyOf(talks.get(e.getKey()))))
                .sorted(Comparator.comparing(p -> p.speaker().name()))
                .toList();
    }

    public Optional<SpeakerProfile> speaker(String slug) {
        return speakers().stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    private static Speaker withBio(Speaker s, String bio) {
        return new Speaker(s.name(), s.affiliation(), s.country(), s.website(), bio);
    }

    /** One page of the talks matching facet filters, newest first, with facet counts under those filters. */
    public SearchResponse browse(Map<String, List<String>> filters, int page, int size) {
        return searcher.search(browseRequest(filters, page, size));
    }

    private static SearchRequest browseRequest(Map<String, List<String>> filters, int page, int size) {
        return new SearchRequest("", SearchMode.KEYWORD, filters, SortOrder.DATE, page, size);
    }
}
