package org.talkarchive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.index.FacetDimension;

/** Turns an engine's per-dimension counts into {@link FacetResult}s, ordered as each dimension declares. */
final class FacetResults {

    private final Map<String, String> topicNames;
    private final Map<String, String> datasetNames;

    FacetResults(Map<String, String> topicNames, Map<String, String> datasetNames) {
        this.topicNames = topicNames;
        this.datasetNames = datasetNames;
    }

    /** Filter values as the index holds them (see {@link FacetDimension#normalise}), duplicates dropped. */
    static Map<String, List<String>> normalise(Map<String, List<String>> filters) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        filters.forEach((field, values) -> {
            FacetDimension dim = FacetDimension.byField(field).orElseThrow();
            out.put(field, values.stream().map(dim::normalise).distinct().toList());
        });
        return out;
    }

    /**
     * What the engine is asked to list of each dimension when a search shows {@code limit} values per dimension:
     * dimensions ordered by count, whose values are their own names (a topic's or dataset's label decides its place
     * among equal counts, and the taxonomy keeps those dimensions small), are cut by the engine; none when
     * {@code limit} is {@link Integer#MAX_VALUE}.
     */
    static Map<String, Integer> limits(int limit) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (limit == Integer.MAX_VALUE) {
            return out;
        }
        for (FacetDimension dim : FacetDimension.values()) {
            boolean named = dim == FacetDimension.TOPIC || dim == FacetDimension.INFERRED_TOPIC
                    || dim == FacetDimension.DATASET;
            if (dim.order() == FacetDimension.Order.BY_COUNT && !named) {
                out.put(dim.field(), limit);
            }
        }
        return out;
    }

    /** One result per dimension; a selected value the counts lack is listed with 0 so it can be unselected. */
    List<FacetResult> build(FacetCounts facetCounts, Map<String, List<String>> filters) {
        Map<String, Map<String, Integer>> counts = facetCounts.counts();
        List<FacetResult> out = new ArrayList<>();
        for (FacetDimension dim : FacetDimension.values()) {
            Map<String, Integer> values = new LinkedHashMap<>(counts.getOrDefault(dim.field(), Map.of()));
            List<String> selected = filters.getOrDefault(dim.field(), List.of());
            int uncounted = (int) selected.stream().filter(v -> !values.containsKey(v)).count();
            int valueCount = facetCounts.valueCounts().getOrDefault(dim.field(), values.size()) + uncounted;
            selected.forEach(v -> values.putIfAbsent(v, 0));
            List<FacetValue> facetValues = new ArrayList<>();
            values.forEach((value, count) -> facetValues.add(
                    new FacetValue(value, name(dim, value), count, selected.contains(value))));
            facetValues.sort(order(dim));
            out.add(new FacetResult(dim.field(), facetValues, valueCount));
        }
        return out;
    }

    private String name(FacetDimension dim, String value) {
        return switch (dim) {
            case TOPIC, INFERRED_TOPIC -> topicNames.getOrDefault(value, value);
            case DATASET -> datasetNames.getOrDefault(value, value);
            default -> value;
        };
    }

    private static Comparator<FacetValue> order(FacetDimension dim) {
        return switch (dim.order()) {
            case ASCENDING -> Comparator.comparingInt((FacetValue v) -> number(v.value()))
                    .thenComparing(FacetValue::value);
            case DESCENDING -> Comparator.comparing(FacetValue::value).reversed();
            case BY_COUNT -> Comparator.comparingInt(FacetValue::count).reversed()
                    .thenComparing(FacetValue::name, FacetCounts::compareCodePoints);
        };
    }

    /** A number for numeric values; other values sort after all numbers. */
    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
