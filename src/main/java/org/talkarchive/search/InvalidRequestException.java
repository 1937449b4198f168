package org.talkarchive.search;

/** A search request with a bad parameter; front ends answer it with a client error naming {@link #parameter()}. */
public final class InvalidRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String code;

    public InvalidRequestException(String code, String parameter, String message) {
        super(message);
        this.code = code;
        this.parameter = parameter;
    }

    /** The request parameter at fault, e.g. "season". */
    public String parameter() {
        return parameter;
    }

    /** A stable machine-readable code, e.g. "bad_facet_value". */
    public String code() {
        return code;
    }
}
