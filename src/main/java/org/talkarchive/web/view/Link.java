package org.talkarchive.web.view;

/** A labelled link. */
public record Link(String label, String href) {
}
