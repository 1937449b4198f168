package org.talkarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /** Newest first; a talk's position in this list is what {@link #postings} hold. */
    private final List<TalkSummary> talks;
    /**
     * Per position: per dimension (by ordinal) the talk's values, which the next generation reuses for the talks it
     * shares. Immutable lists, not a map of sets per talk: at 21,712 talks those were ~50 MB of the heap.
     */
    private final List<List<List<String>>> values = new ArrayList<>();
    /**
     * Dimension field to value to the positions of the talks with it, ascending. Filtering is then a few bit-set
     * operations (walking 20,000 talks' value maps took 20 ms of a facet-only browse); positions rather than a bit
     * set per value, because most values (13,046 speakers at 21,712 talks) have a talk or two.
     */
    private final Map<String, Map<String, int[]>> postings = new HashMap<>();
    private static final int[] NONE = {};
    private final FacetResults results;
    /** Each dimension's values over the whole archive, counted on first use: pages ask for them on every visit. */
    private final Map<String, List<FacetValue>> unfiltered = new ConcurrentHashMap<>();

    /** The talks it was made of, by position: a later generation reuses the values of the talks it shares. */
    private final IdentityHashMap<StoredTalk, Integer> positions = new IdentityHashMap<>();

    Catalogue(List<StoredTalk> newestFirst, FacetResults results) {
        this(newestFirst, results, null);
    }

    /**
     * @param previous the catalogue of the generation served before, or null: a talk it holds as the same
     *                 {@link StoredTalk} (an update's unchanged talks, see {@code LuceneTalkIndex}) keeps its summary
     *                 and facet values, which at 20,000 talks took seconds to work out on every switch
     */
    Catalogue(List<StoredTalk> newestFirst, FacetResults results, Catalogue previous) {
        List<TalkSummary> summaries = new ArrayList<>(newestFirst.size());
        this.results = results;
        FacetDimension[] dimensions = FacetDimension.values();
        Map<String, Map<String, Positions>> collecting = new HashMap<>();
        for (int position = 0; position < newestFirst.size(); position++) {
            StoredTalk talk = newestFirst.get(position);
            Integer before = previous == null ? null : previous.positions.get(talk);
            positions.put(talk, position);
            summaries.add(before != null ? previous.talks.get(before) : talk.summary());
            List<List<String>> own = before != null ? previous.values.get(before) : valuesOf(talk, dimensions);
            for (FacetDimension dim : dimensions) {
                Map<String, Positions> byValue = collecting.computeIfAbsent(dim.field(), f -> new HashMap<>());
                for (String value : own.get(dim.ordinal())) {
                    byValue.computeIfAbsent(value, v -> new Positions()).add(position);
                }
            }
            values.add(own);
        }
        collecting.forEach((field, byValue) -> {
            Map<String, int[]> done = new HashMap<>(byValue.size() * 2);
            byValue.forEach((value, talksWith) -> done.put(value, talksWith.toArray()));
            postings.put(field, done);
        });
        this.talks = List.copyOf(summaries);
    }

    private static List<List<String>> valuesOf(StoredTalk talk, FacetDimension[] dimensions) {
        List<List<String>> out = new ArrayList<>(dimensions.length);
        for (FacetDimension dim : dimensions) {
            out.add(List.copyOf(dim.valuesOf(talk)));
        }
        return List.copyOf(out);
    }

    /** Positions collected in ascending order while the catalogue is made. */
    private static final class Positions {
        private int[] items = new int[2];
        private int size;

        void add(int position) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
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
        return newest(filters, Integer.MAX_VALUE);
    }

    /** The newest {@code limit} talks matching filters. */
    public List<TalkSummary> newest(Map<String, List<String>> filters, int limit) {
        BitSet matching = matching(FacetResults.normalise(filters), null);
        List<TalkSummary> out = new ArrayList<>();
        for (int p = matching.nextSetBit(0); p >= 0 && out.size() < limit; p = matching.nextSetBit(p + 1)) {
            out.add(talks.get(p));
        }
        return out;
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
        BitSet matching = matching(normal, field);
        Map<String, Integer> counts = new LinkedHashMap<>();
        // Per value, its talks among the matching ones: the postings hold each talk's values once, so this reads
        // as many positions as walking the matching talks would, without a map update per talk and value.
        postings.getOrDefault(field, Map.of()).forEach((value, talksWith) -> {
            int count = 0;
            for (int position : talksWith) {
                if (matching.get(position)) {
                    count++;
                }
            }
            if (count > 0) {
                counts.put(value, count);
            }
        });
        return results.build(new FacetCounts(Set.of(), Map.of(field, counts)), normal).stream()
                .filter(r -> r.dimension().equals(field)).findFirst().map(r -> List.copyOf(r.values()))
                .orElse(List.of());
    }

    /** Positions of the talks matching every filter but the one on {@code except} (null: all of them). */
    private BitSet matching(Map<String, List<String>> filters, String except) {
        BitSet out = new BitSet(talks.size());
        out.set(0, talks.size());
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            if (filter.getKey().equals(except)) {
                continue;
            }
            Map<String, int[]> byValue = postings.getOrDefault(filter.getKey(), Map.of());
            BitSet any = new BitSet(talks.size());
            for (String value : filter.getValue()) {
                for (int position : byValue.getOrDefault(value, NONE)) {
                    any.set(position);
                }
            }
            out.and(any);
        }
        return out;
    }
}
