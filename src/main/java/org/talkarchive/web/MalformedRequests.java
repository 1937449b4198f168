package org.talkarchive.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.talkarchive.search.SearchRequest;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before they reach the app (an address too long, invalid percent-encoding, bytes
 * that are not UTF-8) the way the app answers its own errors: the JSON error format under /api, a plain page
 * elsewhere, the security headers on both, and never Jetty's page with its server details.
 */
final class MalformedRequests extends ErrorHandler {

    /** What Jetty names the path of a request whose request line it could not read. */
    private static final String UNKNOWN_PATH = "/badMessage";

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        boolean api = isApi(request);
        Pages.headers(api).forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        RequestException error = new RequestException(code, codeName(code), explanation(code), null);
        String body;
        if (api) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            body = ApiJson.write(ApiJson.error(error));
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            // Fixed text only (no markup in it): nothing of the refused request is echoed back.
            body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + code
                    + "</title><link rel=\"stylesheet\" href=\"/static/site.css\"></head><body><main class=\"wrap\">"
                    + "<h1>Error " + code + "</h1><p>" + error.getMessage()
                    + "</p><p><a href=\"/\">Back to the start page</a></p></main></body></html>";
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /**
     * Whether the refused request was meant for the API. Its path may be undecodable (then the raw one is read) or
     * unknown (an address too long to read): then the answer is JSON too, which any client and any person can read.
     */
    private static boolean isApi(Request request) {
        String raw = request.getHttpURI() == null ? "" : request.getHttpURI().toString();
        String path = raw.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "");
        return path.startsWith("/api/") || path.equals(UNKNOWN_PATH);
    }

    private static String codeName(int code) {
        return switch (code) {
            case 400 -> "bad_request";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> "http_" + code;
        };
    }

    private static String explanation(int code) {
        return switch (code) {
            case 400 -> "The request could not be understood: check the address's percent-encoding (UTF-8).";
            case 414 -> "The address is too long: a search needs no more than " + SearchRequest.MAX_QUERY_LENGTH
                    + " characters of query.";
            case 431 -> "The request's headers are too large.";
            default -> "The request failed.";
        };
    }
}
