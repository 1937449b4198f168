package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HTTP details a cache, a proxy or a crawler relies on. */
class HttpHeadersTest {

    private final RunningApp app = RunningApp.get();

    @Test
    void errorsAreNeitherCachedNorTagged() {
        for (String path : List.of("/talks/zzz", "/no/such/page", "/search?mode=bad", "/api/v1/talks/zzz",
                "/api/v1/search?mode=bad", "/api/v1/talks/s01e01?x=1", "/api/v1/nothing-here")) {
            HttpResponse<String> response = app.get(path);
            assertTrue(response.statusCode() >= 400, path);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), path);
            assertEquals(Optional.empty(), response.headers().firstValue("ETag"), path);
        }
    }
}
