package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every curl example of docs/api-examples.md (which the README copies) against the real app. */
class ApiExamplesTest {

    private static final Path EXAMPLES = Path.of("docs/api-examples.md");
    private static final Pattern CURL = Pattern.compile("^curl -s '(http://localhost:7070)(/[^']*)'$");
    private static final Pattern STATUS = Pattern.compile("^- HTTP (\\d{3})$");
    private static final Pattern FACT = Pattern.compile("^- `([^`]+)` (=|>=|contains) (.+)$");

    record Fact(String path, String op, String expected) {
    }

    record Example(int line, String path, int status, List<Fact> facts) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleHoldsAgainstTheRealApp() throws IOException {
        RunningApp app = RunningApp.get();
        return parse(Files.readAllLines(EXAMPLES)).stream().map(example -> DynamicTest.dynamicTest(
                "line " + example.line() + ": " + example.path(), () -> check(app, example)));
    }

    @Test
    void everyCurlLineOfTheReadmeIsARunExample() throws IOException {
        List<String> documented = parse(Files.readAllLines(EXAMPLES)).stream().map(Example::path).toList();
        List<String> readme = Files.readAllLines(Path.of("README.md")).stream().map(String::strip)
                .map(CURL::matcher).filter(Matcher::matches).map(m -> m.group(2)).toList();
        assertFalse(readme.isEmpty(), "the README shows API examples");
        for (String path : readme) {
            assertTrue(documented.contains(path), "README example not in " + EXAMPLES + ": " + path);
        }
    }

    @Test
    void documentHasExamplesOfEveryEndpointAndError() throws IOException {
        List<Example> examples = parse(Files.readAllLines(EXAMPLES));
        for (String endpoint : List.of("/api/v1/search?", "/api/v1/talks/s01e01", "/related", "/api/v1/topics",
                "/api/v1/datasets", "/api/v1/speakers", "/api/v1/suggest?", "/api/v1/talks?", "/api/v1/seasons")) {
            assertTrue(examples.stream().anyMatch(e -> e.path().contains(endpoint)), "no example of " + endpoint);
        }
        assertTrue(examples.stream().anyMatch(e -> e.status() == 400));
        assertTrue(examples.stream().anyMatch(e -> e.status() == 404));
        assertTrue(examples.stream().allMatch(e -> !e.facts().isEmpty()), "every example states facts");
    }

    private static void check(RunningApp app, Example example) throws IOException {
        HttpResponse<String> response = app.get(example.path());
        assertEquals(example.status(), response.statusCode(), example.path() + " -> " + response.body());
        JsonNode body = ApiJson.mapper().readTree(response.body());
        for (Fact fact : example.facts()) {
            List<JsonNode> found = JsonPaths.select(body, fact.path());
            JsonNode expected = ApiJson.mapper().readTree(fact.expected());
            String where = "line " + example.line() + ", " + fact.path() + " in " + response.body();
            switch (fact.op()) {
                case "=" -> {
                    assertEquals(1, found.size(), where);
                    assertEquals(expected, found.get(0), where);
                }
                case ">=" -> {
                    assertEquals(1, found.size(), where);
                    assertTrue(found.get(0).asDouble() >= expected.asDouble(), where);
                }
                case "contains" -> {
                    assertFalse(found.isEmpty(), where);
                    boolean match = found.stream().anyMatch(n -> n.equals(expected)
                            || (n.isTextual() && expected.isTextual() && n.asText().contains(expected.asText())));
                    assertTrue(match, where + " should contain " + expected);
                }
                default -> fail("unknown operator " + fact.op());
            }
        }
    }

    static List<Example> parse(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher curl = CURL.matcher(lines.get(i).strip());
            if (!curl.matches()) {
                continue;
            }
            int status = -1;
            List<Fact> facts = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).startsWith("#") && !CURL.matcher(lines.get(j).strip()).matches()) {
                Matcher s = STATUS.matcher(lines.get(j).strip());
                Matcher f = FACT.matcher(lines.get(j).strip());
                if (s.matches()) {
                    status = Integer.parseInt(s.group(1));
                } else if (f.matches()) {
                    facts.add(new Fact(f.group(1), f.group(2), f.group(3)));
                } else if (lines.get(j).startsWith("- ")) {
                    throw new IllegalArgumentException(EXAMPLES + ":" + (j + 1) + ": not a fact: " + lines.get(j));
                }
                j++;
            }
            if (status < 0) {
                throw new IllegalArgumentException(EXAMPLES + ":" + (i + 1) + ": example without '- HTTP <status>'");
            }
            examples.add(new Example(i + 1, curl.group(2), status, facts));
        }
        return examples;
    }
}
