package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmbedOptionsTest {

    @Test
    void widgetScriptReadsExactlyTheWidgetDimensions() {
        String script = new String(WidgetAsset.load().bytes(), StandardCharsets.UTF_8);
        Matcher loop = Pattern.compile("filters\\(\\) \\{\\s*const f = \\{\\};\\s*for \\(const k of \\[([^]]*)]")
                .matcher(script);
        assertTrue(loop.find(), "widget.js has no filters() loop");
        List<String> read = new ArrayList<>();
        Matcher name = Pattern.compile("'([a-z_]+)'").matcher(loop.group(1));
        while (name.find()) {
            read.add(name.group(1));
        }
        List<String> expected = new ArrayList<>(EmbedOptions.FILTERS);
        expected.add("mode");
        assertEquals(expected, read);
    }

    @Test
    void everyFilterAttributeIsDocumentedOnTheEmbedPage() {
        List<String> documented = WidgetOption.ALL.stream().map(WidgetOption::name).toList();
        assertTrue(documented.containsAll(EmbedOptions.FILTERS), documented.toString());
    }

    @Test
    void aFilterMustNameAValueTheArchiveHas() {
        Map<String, Set<String>> known = Map.of("topic", Set.of("fairness"), "season", Set.of("4"));
        assertEquals(Map.of("topic", "fairness", "season", "4"),
                EmbedOptions.parse(Map.of("topic", List.of("fairness"), "season", List.of("4")), known).filters());
        RequestException e = assertThrows(RequestException.class,
                () -> EmbedOptions.parse(Map.of("season", List.of("9")), known));
        assertEquals("unknown_season", e.code());
        assertEquals("season", e.param());
    }
}
