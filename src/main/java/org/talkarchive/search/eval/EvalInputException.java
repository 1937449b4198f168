package org.talkarchive.search.eval;

/** A query, qrels or run file line that cannot be read; the message starts with {@code file:line:}. */
public final class EvalInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public EvalInputException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
