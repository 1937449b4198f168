package org.talkarchive.widget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.web.WebApp;
import org.talkarchive.web.WebConfig;

/**
 * The real archive app on a free port of "localhost", configured with the address it really has, so the links its
 * API returns and the snippet its /embed page gives point at it.
 */
final class ArchiveServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final String baseUrl;
    private boolean stopped;

    private ArchiveServer(Javalin app, String baseUrl) {
        this.app = app;
        this.baseUrl = baseUrl;
    }

    static ArchiveServer start(TalkSearcher searcher) {
        return start(searcher, List.of(WebConfig.ANY));
    }

    /** An archive whose iframe variant only the given origins may frame. */
    static ArchiveServer start(TalkSearcher searcher, List<String> frameAncestors) {
        int port = freePort();
        String base = "http://localhost:" + port;
        Javalin app = WebApp.create(searcher, new WebConfig(List.of(WebConfig.ANY), frameAncestors, base)).start(port);
        return new ArchiveServer(app, base);
    }

    /**
     * An archive that believes it is at {@code configuredBase} while visitors reach it elsewhere, as behind a proxy
     * whose operator left serve's default base URL: its API's absolute links point at the wrong address.
     */
    static ArchiveServer misconfigured(TalkSearcher searcher, String configuredBase) {
        Javalin app = WebApp.create(searcher, WebConfig.defaults(configuredBase)).start(freePort());
        return new ArchiveServer(app, "http://localhost:" + app.port());
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The body of a GET that must succeed. */
    String get(String pathAndQuery) {
        HttpResponse<String> response = fetch(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    HttpResponse<String> fetch(String pathAndQuery) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The talk ids the JSON API answers for a search, in rank order: what a widget with these settings must show. */
    List<String> apiTalkIds(Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            JsonNode body = JSON.readTree(get("/api/v1/search?" + query));
            List<String> ids = new ArrayList<>();
            body.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
            return ids;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search API answered something that is not JSON", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the app; a second call does nothing, so a test can stop it early inside try-with-resources. */
    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            app.stop();
        }
    }
}
