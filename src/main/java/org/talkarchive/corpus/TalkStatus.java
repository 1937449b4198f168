package org.talkarchive.corpus;

/** Whether a talk has been given already or is announced. */
public enum TalkStatus {
    PAST, UPCOMING;

    /** The lower-case form used in files, facets and URLs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
