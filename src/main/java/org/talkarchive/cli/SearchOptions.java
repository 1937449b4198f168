package org.talkarchive.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SortOrder;
import picocli.CommandLine.Option;

/** The searcher's request parameters as command-line options. */
final class SearchOptions {
    @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid, keyword or semantic (default: ${DEFAULT-VALUE}).")
    String mode;
    @Option(names = "--topic", description = "Filter by topic id (repeatable: OR).") List<String> topic;
    @Option(names = "--dataset", description = "Filter by dataset id.") List<String> dataset;
    @Option(names = "--season", description = "Filter by season number.") List<String> season;
    @Option(names = "--year", description = "Filter by year.") List<String> year;
    @Option(names = "--speaker", description = "Filter by speaker name.") List<String> speaker;
    @Option(names = "--affiliation", description = "Filter by affiliation.") List<String> affiliation;
    @Option(names = "--country", description = "Filter by country.") List<String> country;
    @Option(names = "--status", description = "past or upcoming.") List<String> status;
    @Option(names = "--sort", description = "relevance or date.") String sort;
    @Option(names = "--page", defaultValue = "1") int page;
    @Option(names = "--size", defaultValue = "10", description = "Hits per page, 1-100 (default: ${DEFAULT-VALUE}).") int size;

    SearchRequest toRequest(String query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, "topic", topic);
        put(filters, "dataset", dataset);
        put(filters, "season", season);
        put(filters, "year", year);
        put(filters, "speaker", speaker);
        put(filters, "affiliation", affiliation);
        put(filters, "country", country);
        put(filters, "status", status);
        return new SearchRequest(query, SearchMode.parse(mode), filters, sort == null ? null : SortOrder.parse(sort),
                page, size);
    }

    private static void put(Map<String, List<String>> filters, String dim, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(dim, values);
        }
    }
}
