package org.talkarchive.web.view;

/** What a person sees when a page cannot be shown. */
public record ErrorPage(int status, String title, String message) {
}
