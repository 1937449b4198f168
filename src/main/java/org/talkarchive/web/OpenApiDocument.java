package org.talkarchive.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.index.FacetDimension;

/**
 * The API's OpenAPI document: the hand-written openapi.json with this deployment's server address, and one search
 * parameter per {@link FacetDimension} (and a browse parameter of {@code /api/v1/talks} for each dimension
 * {@code /talks} browses by), derived from its declaration, so a new dimension is declared at once.
 */
final class OpenApiDocument {

    private static final String RESOURCE = "openapi.json";

    private OpenApiDocument() {
    }

    /** @param archive names the API after the archive: its title and the first words of its description */
    static String load(String publicBaseUrl, ArchiveIdentity archive) {
        try {
            ObjectNode doc = (ObjectNode) ApiJson.mapper().readTree(read());
            ((ObjectNode) doc.get("servers").get(0)).put("url", publicBaseUrl);
            ObjectNode info = (ObjectNode) doc.get("info");
            info.put("title", archive.displayName() + " API");
            info.put("description", "Read-only JSON API of " + archive.displayName() + ". "
                    + info.path("description").asText());
            declareFacets((ArrayNode) doc.at("/paths/~1api~1v1~1search/get/parameters"),
                    List.of(FacetDimension.values()));
            declareFacets((ArrayNode) doc.at("/paths/~1api~1v1~1talks/get/parameters"),
                    TalkListController.browseDimensions());
            return ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException(RESOURCE + " is not the expected OpenAPI document: " + e.getMessage(), e);
        }
    }

    /** One array parameter per dimension not already described, before "sort", with the values it accepts. */
    private static void declareFacets(ArrayNode parameters, List<FacetDimension> dimensions) {
        Set<String> declared = new HashSet<>();
        int at = 0;
        while (at < parameters.size() && !parameters.get(at).path("name").asText().equals("sort")) {
            at++;
        }
        parameters.forEach(p -> declared.add(p.path("name").asText()));
        for (FacetDimension dim : dimensions) {
            if (declared.contains(dim.field())) {
                continue;
            }
            ObjectNode p = parameters.insertObject(at++);
            p.put("name", dim.field()).put("in", "query").put("description", FacetLabels.dimension(dim)
                    + ": " + dim.expected() + ", as the facet values of a response list them."
                    + " Repeat to select several values (OR within a dimension; dimensions are AND-ed).");
            ObjectNode items = p.putObject("schema").put("type", "array").putObject("items").put("type", "string");
            if (!dim.allowedValues().isEmpty()) {
                dim.allowedValues().forEach(items.putArray("enum")::add);
            } else if (dim.pattern().isPresent()) {
                items.put("pattern", "^" + dim.pattern().get() + "$");
            } else {
                items.put("minLength", 1).put("maxLength", FacetDimension.MAX_TEXT);
            }
            p.put("style", "form").put("explode", true);
        }
    }

    private static String read() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
