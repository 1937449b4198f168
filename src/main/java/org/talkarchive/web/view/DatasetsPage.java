package org.talkarchive.web.view;

import java.util.List;

/** The {@code /datasets} directory: the datasets talks name, with what they hold and where they live. */
public record DatasetsPage(int total, List<Entry> datasets, Pager pager) {

    /** @param homepage may be null */
    public record Entry(String name, String href, String modality, String homepage, int count, List<Link> talks) {
    }
}
