package org.talkarchive.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talkarchive.search.InvalidRequestException;
import org.talkarchive.web.view.ErrorPage;

/**
 * Every failure ends here: JSON {@code {"error": {"code", "message", "param"}}} under /api, an error page elsewhere.
 * Unexpected exceptions are logged with their stack trace and answered with a plain 500 that shows none of it.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String RENDERED = "talkarchive.error-rendered";

    void register(JavalinConfig javalin) {
        javalin.routes.exception(RequestException.class, (e, ctx) -> respond(ctx, e));
        // A search the searcher refuses (e.g. too complex for Lucene's clause limit) is the caller's to change.
        javalin.routes.exception(InvalidRequestException.class, (e, ctx) -> respond(ctx, SearchParams.refusal(e)));
        javalin.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, fromStatus(e.getStatus())));
        javalin.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, new RequestException(500, "internal_error",
                    "Something went wrong on our side; the error has been logged.", null));
        });
        javalin.routes.error(404, ctx -> respondUnlessDone(ctx, 404));
        javalin.routes.error(405, ctx -> respondUnlessDone(ctx, 405));
    }

    private void respondUnlessDone(Context ctx, int status) {
        if (ctx.attribute(RENDERED) == null) {
            respond(ctx, fromStatus(status));
        }
    }

    private static RequestException fromStatus(int status) {
        return switch (status) {
            case 404 -> RequestException.notFound("There is nothing at this address.");
            case 405 -> new RequestException(405, "method_not_allowed",
                    "This address is read-only: use GET.", null);
            case 400 -> new RequestException(400, "bad_request", "The request could not be understood.", null);
            default -> new RequestException(status, "http_" + status, "The request failed.", null);
        };
    }

    private static void respond(Context ctx, RequestException e) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(e.status());
        ctx.header("Cache-Control", "no-store");
        // A handler may have set the ETag of the response it meant to send; an uncacheable error has none.
        ctx.res().setHeader("ETag", null);
        if (e.status() == 405) {
            ctx.header("Allow", "GET, HEAD, OPTIONS");
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json; charset=utf-8").result(ApiJson.write(ApiJson.error(e)));
        } else {
            Pages.secureHeaders(ctx);
            ctx.render("error.jte", Map.of("page", new ErrorPage(e.status(), title(e.status()), e.getMessage())));
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That search could not be run";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 429 -> "Too many requests";
            case 500 -> "Something went wrong";
            default -> "Request failed";
        };
    }
}
