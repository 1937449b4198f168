package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.InvalidRequestException;
import org.talkarchive.search.SearchRequest;
import picocli.CommandLine;

class SearchOptionsTest {

    private static SearchRequest parse(String... args) {
        SearchCommand command = new SearchCommand();
        new CommandLine(command).parseArgs(args);
        return command.options.toRequest("fairness");
    }

    @Test
    void everyFacetDimensionIsAnOption() {
        CommandLine line = new CommandLine(new SearchCommand());
        for (FacetDimension dim : FacetDimension.values()) {
            assertEquals(SearchOptions.optionName(dim),
                    line.getCommandSpec().findOption(SearchOptions.optionName(dim)).longestName());
        }
    }

    @Test
    void repeatedOptionsBecomeOneFilterPerDimension() {
        SearchRequest request = parse("--has-video", "yes", "--topic", "fairness", "--topic", "dermatology",
                "--inferred-topic", "privacy");
        assertEquals(Map.of("has_video", List.of("yes"), "topic", List.of("fairness", "dermatology"),
                "inferred_topic", List.of("privacy")), request.filters());
    }

    @Test
    void anImpossibleValueIsRefusedNamingTheDimension() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> parse("--season", "four"));
        assertEquals("season", e.dimension());
    }
}
