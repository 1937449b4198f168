package org.talkarchive.search;

import java.util.Collection;
import java.util.Set;

/**
 * Which documents an engine query looks at: talks or transcript passages, of every talk or only of some.
 *
 * @param talkIds the talks whose documents count, or null for all
 */
public record Scope(Kind kind, Set<String> talkIds) {

    /** The two kinds of document an index holds. */
    public enum Kind { TALK, PASSAGE }

    public Scope {
        talkIds = talkIds == null ? null : Set.copyOf(talkIds);
    }

    public static Scope talks() {
        return new Scope(Kind.TALK, null);
    }

    public static Scope talksAmong(Collection<String> ids) {
        return new Scope(Kind.TALK, Set.copyOf(ids));
    }

    public static Scope passages() {
        return new Scope(Kind.PASSAGE, null);
    }

    public static Scope passagesOf(String talkId) {
        return new Scope(Kind.PASSAGE, Set.of(talkId));
    }
}
