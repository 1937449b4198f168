package org.talkarchive.web.view;

import java.util.List;

/**
 * A talk's page.
 *
 * @param youtubeId     null when there is no video
 * @param curatedTopics tagged by the organisers
 * @param inferredTopics derived at index time, shown apart
 */
public record TalkPage(TalkCard card, String series, String seasonLabel, String seasonUrl, List<SpeakerBlock> speakers,
                       String abstractText, String video, String youtubeId, List<Link> curatedTopics,
                       List<Link> inferredTopics, List<Link> datasets, List<Line> transcript,
                       List<Related> related, String bibtex, String apiUrl) {

    public record SpeakerBlock(String name, String url, String affiliation, String country, String website,
                               String bio) {
    }

    /** A transcript line: {@code anchor} is its fragment id, {@code videoUrl} the video at its start or null. */
    public record Line(String anchor, String clock, long seconds, String text, String videoUrl) {
    }

    public record Related(TalkCard talk, List<String> reasons) {
    }
}
