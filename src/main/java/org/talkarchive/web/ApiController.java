package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.TalkIdSyntax;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.TalkDetail;
import org.talkarchive.search.TalkSearcher;

/** The read-only JSON API under {@code /api/v1}: HTTP in, searcher call, JSON out. */
public final class ApiController {

    static final int DEFAULT_RELATED = 5;
    static final int MAX_LIMIT = 20;

    private final TalkSearcher searcher;
    private final ArchiveCatalog catalog;
    private final ApiJson json;
    private final String publicBaseUrl;
    /**
     * The document for the identity it was made for; made at the first request (the index may still be opening
     * when the app is built) and remade when a new index brings another identity.
     */
    private volatile Map.Entry<ArchiveIdentity, String> openApi;

    public ApiController(ArchiveCatalog catalog, WebConfig config) {
        this.searcher = catalog.searcher();
        this.catalog = catalog;
        this.json = new ApiJson(config);
        this.publicBaseUrl = config.publicBaseUrl();
    }

    public void search(Context ctx) {
        SearchRequest request = SearchParams.parse(ctx.queryParamMap());
        FacetLimit facetLimit = FacetLimit.parse(ctx.queryParamMap());
        SearchResponse response = searcher.search(request, facetLimit.value());
        Map<String, Object> body = json.search(response, facetLimit);
        // took_ms changes on every call; the ETag covers everything else so a repeated search can answer 304
        HttpCaching.etag(ctx, ApiJson.write(body));
        body.put("took_ms", response.tookMillis());
        send(ctx, body);
    }

    public void talk(Context ctx) {
        allowOnly(ctx, Set.of());
        send(ctx, json.talk(requireTalk(ctx.pathParam("id")), searcher.archive()));
    }

    public void related(Context ctx) {
        allowOnly(ctx, Set.of("limit"));
        TalkDetail detail = requireTalk(ctx.pathParam("id"));
        int limit = intParam(ctx, "limit", DEFAULT_RELATED);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", detail.talk().id());
        body.put("related", searcher.related(detail.talk().id(), limit).stream().map(json::related).toList());
        send(ctx, body);
    }

    public void topics(Context ctx) {
        allowOnly(ctx, Set.of());
        Map<String, Integer> counts = catalog.facetCounts(FacetDimension.TOPIC.field());
        send(ctx, Map.of("topics", searcher.topics().stream()
                .map(t -> json.topic(t, counts.getOrDefault(t.id(), 0))).toList()));
    }

    public void datasets(Context ctx) {
        allowOnly(ctx, Set.of());
        Map<String, Integer> counts = catalog.facetCounts(FacetDimension.DATASET.field());
        send(ctx, Map.of("datasets", searcher.datasets().stream()
                .map(d -> json.dataset(d, counts.getOrDefault(d.id(), 0))).toList()));
    }

    public void suggest(Context ctx) {
        allowOnly(ctx, Set.of("q", "limit"));
        String q = SearchParams.single(ctx.queryParamMap(), "q", "").strip();
        if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw RequestException.badParameter("query_too_long", "q",
                    "q is longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters");
        }
        int limit = intParam(ctx, "limit", 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("suggestions", q.isEmpty() ? List.of()
                : searcher.suggest(q, limit).stream().map(json::suggestion).toList());
        send(ctx, body);
    }

    public void openApi(Context ctx) {
        ArchiveIdentity archive = searcher.archive();
        Map.Entry<ArchiveIdentity, String> current = openApi;
        if (current == null || !current.getKey().equals(archive)) {
            current = Map.entry(archive, OpenApiDocument.load(publicBaseUrl, archive));
            openApi = current;
        }
        HttpCaching.etag(ctx, current.getValue());
        ctx.contentType("application/json; charset=utf-8").result(current.getValue());
    }

    private TalkDetail requireTalk(String id) {
        // Any id the corpus accepts (PyVideo slugs run past 80 characters); others cannot exist, so no lookup.
        if (!TalkIdSyntax.isValid(id)) {
            throw RequestException.notFound("no talk with id " + id);
        }
        return searcher.talk(id).orElseThrow(() -> RequestException.notFound("no talk with id " + id));
    }

    private static void allowOnly(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw RequestException.badParameter("unknown_parameter", name,
                        "unknown parameter: " + name + (allowed.isEmpty() ? " (this endpoint takes none)"
                                : " (use " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String raw = SearchParams.single(ctx.queryParamMap(), name, "");
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw RequestException.badParameter("bad_limit", name, name + " must be between 1 and " + MAX_LIMIT + ": " + raw);
    }

    static void send(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(ApiJson.write(body));
    }
}
