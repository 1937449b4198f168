package org.talkarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talkarchive.index.TalkJson;
import org.talkarchive.search.PassageHit;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Searches the index from the command line: top talks with ids, titles and scores, or JSON. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the archive.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", description = "The query (empty: browse all talks, newest first).")
    java.util.List<String> words;

    @Option(names = "--index", defaultValue = Defaults.INDEX, description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--model", description = "Embedding model (default: the one the index was built with).")
    String model;

    @Option(names = "--json", description = "Print the whole response as JSON.")
    boolean json;

    @Mixin
    SearchOptions options = new SearchOptions();

    @Mixin
    BackendOption backend = new BackendOption();

    @Override
    public Integer call() throws Exception {
        SearchRequest request;
        try {
            request = options.toRequest(words == null ? "" : String.join(" ", words));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        try (Searchers.Opened opened = Searchers.open(index, backend, model)) {
            SearchResponse response = opened.searcher().search(request);
            System.out.println(json ? TalkJson.write(response) : text(response));
        }
        return 0;
    }

    private static String text(SearchResponse response) {
        StringBuilder out = new StringBuilder();
        if (response.correctedQuery() != null) {
            out.append("(showing results for: ").append(response.correctedQuery()).append(")\n");
        }
        if (response.suggestedQuery() != null) {
            out.append("(did you mean: ").append(response.suggestedQuery()).append(")\n");
        }
        out.append(response.total()).append(" talks (").append(response.tookMillis()).append(" ms)\n");
        int rank = (response.request().page() - 1) * response.request().size();
        for (SearchHit hit : response.hits()) {
            rank++;
            out.append("%2d. %-20s %.4f  %s — %s%n".formatted(rank, hit.talk().id(), hit.score(), hit.talk().title(),
                    String.join(", ", hit.talk().speakers())));
            for (PassageHit p : hit.passages()) {
                out.append("      at %s  %s%n".formatted(formatTime(p.start()), p.link() == null ? "" : p.link()));
                out.append("        %s%n".formatted(p.fragment().text()));
            }
        }
        return out.toString().stripTrailing();
    }

    private static String formatTime(double seconds) {
        long s = (long) seconds;
        return "%d:%02d:%02d".formatted(s / 3600, (s % 3600) / 60, s % 60);
    }
}
