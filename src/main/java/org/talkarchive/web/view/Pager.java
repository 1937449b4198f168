package org.talkarchive.web.view;

/**
 * Previous/next links of a paged list; a link is null where there is no such page.
 *
 * @param page  from 1
 * @param pages at least 1, so an empty list reads "page 1 of 1"
 */
public record Pager(int page, int pages, String previous, String next) {

    public boolean needed() {
        return pages > 1;
    }
}
