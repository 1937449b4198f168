package org.talkarchive.web.view;

import java.util.List;

/** The {@code /seasons} directory: each season's dates and the topics it dwelt on. */
public record SeasonsPage(List<Entry> seasons) {

    /**
     * @param dates  "27 February 2023 – 12 June 2023", or "Dates TBA"
     * @param themes its most frequent topics
     */
    public record Entry(String label, String href, int count, String dates, List<Link> themes) {
    }
}
