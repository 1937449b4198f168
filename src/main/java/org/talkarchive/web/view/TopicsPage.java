package org.talkarchive.web.view;

import java.util.List;

/** The {@code /topics} directory: topics grouped by kind (themes apart from application areas). */
public record TopicsPage(List<Group> groups) {

    /** @param id used as the heading's anchor, e.g. "theme" */
    public record Group(String id, String heading, List<Entry> topics) {
    }

    public record Entry(String label, String href, String description, int talks) {
    }
}
