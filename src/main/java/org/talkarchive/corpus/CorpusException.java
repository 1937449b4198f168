package org.talkarchive.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** A corpus that cannot be used; carries every problem found, so one run lists them all. */
public class CorpusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public CorpusException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the corpus:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
