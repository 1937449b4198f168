package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.ScratchArchive;

/**
 * Speakers A-Z and the sitemap are worked out once per index generation, not per visit: a newly built index must
 * still show at once in every one of them.
 */
class PerGenerationListsTest {

    private static final String NEW_NAME = "Zelda Quokka";
    private static final String NEW_SLUG = "/speakers/zelda-quokka";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRebuiltIndexShowsItsNewSpeakerInTheDirectoryTheApiAndTheSitemap() throws Exception {
        ScratchArchive archive = ScratchArchive.build(dir);
        try (TalkSearcher searcher = archive.open()) {
            Javalin app = WebApp.create(searcher, WebConfig.defaults(RunningApp.PUBLIC_BASE)).start(0);
            String base = "http://localhost:" + app.port();
            try {
                // Every list is made (and kept) for the generation served first.
                assertFalse(get(base + "/sitemap.xml").body().contains(NEW_SLUG));
                assertFalse(get(base + "/api/v1/speakers?letter=Z").body().contains(NEW_NAME));
                assertFalse(get(base + "/speakers?letter=Z").body().contains(NEW_NAME));
                assertEquals(404, get(base + NEW_SLUG).statusCode());

                archive.corpus().replace("talks/s01e01.md", "name: \"Roxana Daneshjou\"", "name: \"" + NEW_NAME + "\"");
                archive.rebuild();
                assertTrue(searcher.refresh(), "a new generation was published");

                assertTrue(get(base + "/sitemap.xml").body().contains(NEW_SLUG));
                assertTrue(get(base + "/api/v1/speakers?letter=Z").body().contains(NEW_NAME));
                assertTrue(get(base + "/speakers?letter=Z").body().contains(NEW_NAME));
                HttpResponse<String> profile = get(base + NEW_SLUG);
                assertEquals(200, profile.statusCode());
                assertTrue(profile.body().contains("/talks/s01e01"), "the profile lists the talk");
                assertFalse(get(base + "/api/v1/speakers?letter=R").body().contains("Roxana Daneshjou"));
            } finally {
                app.stop();
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
