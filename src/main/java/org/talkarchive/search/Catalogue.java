package org.talkarchive.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.talkarchive.index.FacetDimension;

/**
 * Every talk of one index generation with its facet values, held in memory: what pages that list talks (a topic's
 * talks, seasons, speakers, charts) read, instead of running a search per section. Values are computed by the same
 * {@link FacetDimension} declarations the index was built with, so they agree with the engine's counts.
 */
public final class Catalogue {

    private final List<TalkSummary> talks;
    /** Talk id to dimension field to values. */
    private final Map<String, Map<String, Set<String>>> values = new HashMap<>();
    private final FacetResults results;
    /** Each dimension's values over the whole archive, counted on first use: pages ask for them on every visit. */
    private final Map<String, List<FacetValue>> unfiltered = new ConcurrentHashMap<>();

    Catalogue(List<StoredTalk> newestFirst, FacetResults results) {
        this.talks = newestFirst.stream().map(StoredTalk::summary).toList();
        this.results = results;
        for (StoredTalk talk : newestFirst) {
            Map<String, Set<String>> byField = new HashMap<>();
            for (FacetDimension dim : FacetDimension.values()) {
                byField.put(dim.field(), dim.valuesOf(talk));
            }
            values.put(talk.talk().id(), byField);
        }
    }

    /** Every talk, newest first (announced talks without a date first). */
    public List<TalkSummary> talks() {
        return talks;
    }

    /** The talks with a value in a dimension, newest first. */
    public List<TalkSummary> talksWhere(String field, String value) {
        return matching(Map.of(field, List.of(value)));
    }

    /** The talks matching filters (OR within a dimension, AND across), newest first. */
    public List<TalkSummary> matching(Map<String, List<String>> filters) {
        Map<String, List<String>> normal = FacetResults.normalise(filters);
        return talks.stream().filter(t -> matches(t.id(), normal, null)).toList();
    }

    /** The newest {@code limit} talks matching filters; the pass stops once it has them. */
    public List<TalkSummary> newest(Map<String, List<String>> filters, int limit) {
        Map<String, List<String>> normal = FacetResults.normalise(filters);
        return talks.stream().filter(t -> matches(t.id(), normal, null)).limit(limit).toList();
    }

    /**
     * The values of one dimension with their talk counts under filters, counted drill-sideways (the dimension's
     * own filter left out) and ordered as the dimension declares, as a search's facets are.
     */
    public List<FacetValue> facet(String field, Map<String, List<String>> filters) {
        if (filters.isEmpty()) {
            return unfiltered.computeIfAbsent(field, f -> count(f, Map.of()));
        }
        return count(field, filters);
    }

    private List<FacetValue> count(String field, Map<String, List<String>> filters) {
        Map<String, List<String>> normal = FacetResults.normalise(filters);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TalkSummary talk : talks) {
            if (matches(talk.id(), normal, field)) {
                values.get(talk.id()).get(field).forEach(v -> counts.merge(v, 1, Integer::sum));
            }
        }
        return results.build(Map.of(field, counts), normal).stream()
                .filter(r -> r.dimension().equals(field)).findFirst().map(r -> List.copyOf(r.values()))
                .orElse(List.of());
    }

    private boolean matches(String id, Map<String, List<String>> filters, String except) {
        Map<String, Set<String>> own = values.get(id);
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            if (filter.getKey().equals(except)) {
                continue;
            }
            Set<String> values = own.getOrDefault(filter.getKey(), Set.of());
            if (filter.getValue().stream().noneMatch(values::contains)) {
                return false;
            }
        }
        return true;
    }
}
