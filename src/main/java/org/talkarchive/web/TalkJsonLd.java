package org.talkarchive.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;

/**
 * A talk page's schema.org description: a recorded talk is a {@code VideoObject}, a talk without a recording (an
 * announced one, or one never recorded) an online {@code Event}; speakers are {@code Person}s with their
 * affiliation. Search engines read it to show the talk as a video or an event.
 */
final class TalkJsonLd {

    private static final String SCHEMA = "https://schema.org";

    private TalkJsonLd() {
    }

    static String of(Talk talk, String pageUrl, ArchiveIdentity archive, WebConfig config) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", SCHEMA);
        List<Map<String, Object>> people = talk.speakers().stream().map(s -> person(s, config)).toList();
        String description = talk.abstractText() == null || talk.abstractText().isBlank() ? talk.title()
                : talk.abstractText();
        if (talk.youtubeId().isPresent()) {
            String id = talk.youtubeId().get();
            node.put("@type", "VideoObject");
            node.put("name", talk.title());
            node.put("description", description);
            node.put("thumbnailUrl", List.of(thumbnail(id)));
            if (talk.date() != null) {
                node.put("uploadDate", talk.date().toString());
            }
            node.put("embedUrl", "https://www.youtube-nocookie.com/embed/" + id);
            node.put("url", pageUrl);
            node.put("author", people);
        } else {
            node.put("@type", "Event");
            node.put("name", talk.title());
            node.put("description", description);
            if (talk.date() != null) {
                node.put("startDate", talk.date().toString());
            }
            node.put("eventStatus", SCHEMA + "/EventScheduled");
            node.put("eventAttendanceMode", SCHEMA + "/OnlineEventAttendanceMode");
            node.put("location", Map.of("@type", "VirtualLocation", "url", pageUrl));
            node.put("url", pageUrl);
            node.put("performer", people);
        }
        if (talk.series() != null) {
            Map<String, Object> organizer = new LinkedHashMap<>();
            organizer.put("@type", "Organization");
            organizer.put("name", talk.series());
            if (talk.series().equals(archive.name()) && archive.homePage() != null) {
                organizer.put("url", archive.homePage());
            }
            node.put(talk.youtubeId().isPresent() ? "publisher" : "organizer", organizer);
        }
        return ApiJson.write(node);
    }

    /** YouTube's own still of the video, the one its players show. */
    static String thumbnail(String youtubeId) {
        return "https://i.ytimg.com/vi/" + youtubeId + "/hqdefault.jpg";
    }

    private static Map<String, Object> person(Speaker s, WebConfig config) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", s.name());
        person.put("url", config.absolute(Paths.speaker(s.slug())));
        if (s.affiliation() != null && !s.affiliation().isBlank()) {
            person.put("affiliation", Map.of("@type", "Organization", "name", s.affiliation()));
        }
        if (s.website() != null && s.website().matches("https?://\\S+")) {
            person.put("sameAs", List.of(s.website()));
        }
        return person;
    }
}
