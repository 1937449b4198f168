package org.talkarchive.web;

/**
 * A request the app refuses, with what to tell the caller. Rendered as {@code {"error": {...}}} under /api and as an
 * error page elsewhere.
 *
 * @see ErrorResponses
 */
public final class RequestException extends RuntimeException {

    private final int status;
    private final String code;
    private final String param;

    public RequestException(int status, String code, String message, String param) {
        super(message);
        this.status = status;
        this.code = code;
        this.param = param;
    }

    public static RequestException badParameter(String code, String param, String message) {
        return new RequestException(400, code, message, param);
    }

    public static RequestException notFound(String message) {
        return new RequestException(404, "not_found", message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The offending request parameter, or null. */
    public String param() {
        return param;
    }
}
