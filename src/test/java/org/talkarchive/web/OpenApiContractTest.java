package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkarchive.index.FacetDimension;

/**
 * Real responses checked against the OpenAPI document the app serves: each answer must fit the schema declared for
 * its path and status (types, required and undeclared properties, enums, bounds), and the document must declare
 * every route and every search parameter.
 */
class OpenApiContractTest {

    private static RunningApp app;
    private static JsonNode doc;

    @BeforeAll
    static void load() throws IOException {
        app = RunningApp.get();
        doc = ApiJson.mapper().readTree(app.get("/api/v1/openapi.json").body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/search?q=bias|/api/v1/search",
        "/api/v1/search?q=segmentation&mode=semantic&size=100|/api/v1/search",
        "/api/v1/search?topic=dermatology&topic=fairness&sort=date&page=2&size=3|/api/v1/search",
        "/api/v1/search?status=upcoming|/api/v1/search",
        "/api/v1/talks/s01e01|/api/v1/talks/{id}",
        "/api/v1/talks/s10-quinn|/api/v1/talks/{id}",
        "/api/v1/talks/s03-damgaard-eriksen|/api/v1/talks/{id}",
        "/api/v1/talks/s01e01/related|/api/v1/talks/{id}/related",
        "/api/v1/topics|/api/v1/topics",
        "/api/v1/datasets|/api/v1/datasets",
        "/api/v1/speakers|/api/v1/speakers",
        "/api/v1/speakers?letter=R&size=2&page=1|/api/v1/speakers",
        "/api/v1/talks|/api/v1/talks",
        "/api/v1/talks?season=10&size=2|/api/v1/talks",
        "/api/v1/talks?page=0|/api/v1/talks",
        "/api/v1/seasons|/api/v1/seasons",
        "/api/v1/suggest?q=seg|/api/v1/suggest",
        "/api/v1/search?mode=nope|/api/v1/search",
        "/api/v1/talks/nope|/api/v1/talks/{id}",
    })
    void responseMatchesItsDeclaredSchema(String url, String path) throws IOException {
        HttpResponse<String> response = app.get(url);
        JsonNode responses = doc.at("/paths/" + path.replace("/", "~1") + "/get/responses");
        JsonNode declared = responses.get(String.valueOf(response.statusCode()));
        assertTrue(declared != null, "status " + response.statusCode() + " not declared for " + path);
        declared = resolve(declared);
        JsonNode schema = declared.at("/content/application~1json/schema");
        List<String> problems = new ArrayList<>();
        check(resolve(schema), ApiJson.mapper().readTree(response.body()), "$", problems);
        assertEquals(List.of(), problems, url);
    }

    @Test
    void everyRouteAndSearchParameterIsDeclared() {
        Set<String> paths = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new TreeSet<>(List.of("/api/v1/search", "/api/v1/talks/{id}", "/api/v1/talks/{id}/related",
                "/api/v1/topics", "/api/v1/datasets", "/api/v1/speakers", "/api/v1/suggest", "/api/v1/talks",
                "/api/v1/seasons",
                "/api/v1/openapi.json")), paths);
        Set<String> params = new TreeSet<>();
        doc.at("/paths/~1api~1v1~1search/get/parameters").forEach(p -> params.add(p.get("name").asText()));
        Set<String> expected = new TreeSet<>(List.of("q", "mode", "talk", "sort", "page", "size",
                FacetLimit.PARAMETER));
        for (FacetDimension d : FacetDimension.values()) {
            expected.add(d.field());
        }
        assertEquals(expected, params);
    }

    @Test
    void facetLimitIsDeclaredWithTheAppsBounds() {
        JsonNode schema = null;
        for (JsonNode p : doc.at("/paths/~1api~1v1~1search/get/parameters")) {
            if (p.get("name").asText().equals(FacetLimit.PARAMETER)) {
                schema = p.get("schema");
            }
        }
        assertEquals(List.of(1, FacetLimit.MAX, FacetLimit.DEFAULT), List.of(schema.get("minimum").asInt(),
                schema.get("maximum").asInt(), schema.get("default").asInt()));
    }

    @Test
    void checkerRejectsAResponseThatBreaksTheSchema() throws IOException {
        JsonNode schema = resolve(doc.at("/components/schemas/Error"));
        List<String> problems = new ArrayList<>();
        check(schema, ApiJson.mapper().readTree("{\"error\": {\"code\": 4, \"message\": \"m\", \"extra\": 1}}"),
                "$", problems);
        assertEquals(3, problems.size(), problems.toString());
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** A JSON Schema (2020-12 subset used by the document) check that collects every violation. */
    static void check(JsonNode schema, JsonNode value, String where, List<String> problems) {
        schema = resolve(schema);
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(where + ": " + value.getNodeType() + " is not " + schema.get("type"));
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                problems.add(where + ": " + value + " not in " + schema.get("enum"));
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                problems.add(where + ": " + value + " below minimum");
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                problems.add(where + ": " + value + " above maximum");
            }
        }
        if (value.isObject()) {
            JsonNode props = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(where + ": missing required " + required.asText());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (props.has(field.getKey())) {
                    check(props.get(field.getKey()), field.getValue(), where + "." + field.getKey(), problems);
                } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    check(schema.get("additionalProperties"), field.getValue(), where + "." + field.getKey(), problems);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    problems.add(where + ": undeclared property " + field.getKey());
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), where + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
