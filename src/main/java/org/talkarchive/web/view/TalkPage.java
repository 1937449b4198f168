package org.talkarchive.web.view;

import java.util.List;

/**
 * A talk's page.
 *
 * @param season        null for a series without seasons
 * @param youtubeId     null when there is no video
 * @param sourceTags    tags from the talk's source, each a search for the tag
 * @param chapters      the video's chapters, each linking into the video
 * @param curatedTopics tagged by the organisers
 * @param inferredTopics derived at index time, shown apart
 * @param meta          its link preview and schema.org description
 * @param search        the "search in this talk" box; null for a talk without a transcript
 */
public record TalkPage(TalkCard card, Link series, Link season, List<SpeakerBlock> speakers,
                       String abstractText, String video, String youtubeId, List<Link> curatedTopics,
                       List<Link> inferredTopics, List<Link> sourceTags, List<Link> datasets, List<Line> chapters,
                       List<Line> transcript, List<Related> related, String bibtex, String apiUrl,
                       PageMeta meta, InTalkSearch search) {

    public record SpeakerBlock(String name, String url, String affiliation, String country, String website,
                               String bio) {
    }

    /** A transcript line: {@code anchor} is its fragment id, {@code videoUrl} the video at its start or null. */
    public record Line(String anchor, String clock, long seconds, String text, String videoUrl) {
    }

    public record Related(TalkCard talk, List<String> reasons) {
    }

    /**
     * A search in this talk's transcript and the moments it found.
     *
     * @param query   as typed; empty before a search
     * @param moments every matching moment, best first
     */
    public record InTalkSearch(String action, String query, List<Moment> moments) {
    }

    /**
     * One matching moment: {@code href} its line in the transcript below, {@code html} its best sentence with matches
     * in {@code <mark>} (escaped otherwise), {@code videoUrl} the video at its start or null.
     */
    public record Moment(String href, String clock, String html, String videoUrl) {
    }
}
