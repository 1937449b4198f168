package org.talkarchive.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SortOrder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The searcher's request parameters as command-line options. The filters are one repeatable option per
 * {@link FacetDimension}, declared from the dimensions when picocli builds the command (e.g. {@code --has-video yes}).
 */
final class SearchOptions {
    @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid, keyword or semantic (default: ${DEFAULT-VALUE}).")
    String mode;
    @Option(names = "--sort", description = "relevance or date.") String sort;
    @Option(names = "--page", defaultValue = "1") int page;
    @Option(names = "--size", defaultValue = "10", description = "Hits per page, 1-100 (default: ${DEFAULT-VALUE}).") int size;
    @Option(names = "--talk", paramLabel = "ID",
            description = "Search in this talk only, listing every matching moment of its transcript.") String talk;

    private final Map<FacetDimension, OptionSpec> filters = new LinkedHashMap<>();

    /** Called by picocli with the command this mixin belongs to: adds a filter option per dimension. */
    @Spec(Spec.Target.MIXEE)
    void declareFilters(CommandSpec command) {
        for (FacetDimension dim : FacetDimension.values()) {
            OptionSpec option = OptionSpec.builder(optionName(dim))
                    .type(List.class).auxiliaryTypes(String.class).paramLabel("VALUE")
                    .description("Filter by " + dim.field().replace('_', ' ') + ": " + dim.expected()
                            + " (repeatable: OR).")
                    .build();
            command.addOption(option);
            filters.put(dim, option);
        }
    }

    static String optionName(FacetDimension dim) {
        return "--" + dim.field().replace('_', '-');
    }

    SearchRequest toRequest(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        filters.forEach((dim, option) -> {
            List<String> given = option.getValue();
            if (given != null && !given.isEmpty()) {
                values.put(dim.field(), given);
            }
        });
        return new SearchRequest(query, SearchMode.parse(mode), values, sort == null ? null : SortOrder.parse(sort),
                page, size, talk);
    }
}
