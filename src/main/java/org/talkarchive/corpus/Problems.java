package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a corpus is read, so validation goes on after the first one. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(new Problem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
