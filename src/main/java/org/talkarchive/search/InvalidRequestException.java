package org.talkarchive.search;

/**
 * A search request the searcher refuses, saying which part of it is wrong and how. It names no URL parameter and
 * carries no error code: each front end maps {@link #part()} and {@link #problem()} to its own words.
 */
public final class InvalidRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The part of a {@link SearchRequest} at fault. */
    public enum Part { QUERY, PAGE, SIZE, FILTER, TALK }

    /** What is wrong with it. */
    public enum Problem { TOO_LONG, TOO_COMPLEX, OUT_OF_RANGE, UNKNOWN_DIMENSION, BAD_VALUE, UNKNOWN_TALK }

    private final Part part;
    private final Problem problem;
    private final String dimension;

    /**
     * @param dimension the facet dimension's field name when {@code part} is {@link Part#FILTER}, else null
     */
    public InvalidRequestException(Part part, Problem problem, String dimension, String message) {
        super(message);
        this.part = part;
        this.problem = problem;
        this.dimension = dimension;
    }

    public Part part() {
        return part;
    }

    public Problem problem() {
        return problem;
    }

    /** The facet dimension at fault (its field name, e.g. "season") for a filter problem, else null. */
    public String dimension() {
        return dimension;
    }
}
