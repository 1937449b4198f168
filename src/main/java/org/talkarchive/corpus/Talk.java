package org.talkarchive.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One talk, read from {@code corpus/talks/<id>.md}.
 *
 * @param series     the series or event the talk belongs to (one archive may hold many)
 * @param season     null for a series without seasons (PyVideo events, YouTube channels)
 * @param episode    null for a talk without an episode number (e.g. the unnumbered S03 talk, announced S10 talks)
 * @param date       null when not yet known (upcoming, TBA)
 * @param video      a YouTube URL, or null
 * @param speakers   empty when the speakers are not known (e.g. a YouTube video)
 * @param topics     curated topic ids from {@code topics.yml}; empty when the organisers have not tagged the talk
 * @param tags       free-text tags from the talk's source (YouTube, PyVideo); never mixed with curated topics
 * @param language   the talk's language as the source names it ("en", "English"), or null
 * @param chapters   chapters of the video, in order of their start; empty when it has none
 * @param abstractText the abstract, plain text as on the source page (Markdown links kept as written)
 * @param file       the file the talk was read from, relative to the corpus folder (for error messages)
 */
public record Talk(String id, String series, Integer season, Integer episode, LocalDate date, TalkStatus status,
                   String title, List<Speaker> speakers, String video, List<String> topics, List<String> tags,
                   String language, List<Chapter> chapters, String abstractText, String file) {

    private static final Pattern YOUTUBE_ID =
            Pattern.compile("(?:youtu\\.be/|youtube\\.com/watch\\?(?:.*&)?v=|youtube(?:-nocookie)?\\.com/embed/)([A-Za-z0-9_-]{11})");

    public Talk {
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
        // Null when read back from an index built before these fields existed.
        tags = tags == null ? List.of() : List.copyOf(tags);
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
    }

    /** "S01E02", "S03" for a talk without an episode number, or "" for a series without seasons. */
    public String code() {
        if (season == null) {
            return "";
        }
        return episode == null ? "S%02d".formatted(season) : "S%02dE%02d".formatted(season, episode);
    }

    /** The 11-character YouTube video id, if the talk has a YouTube video. */
    public Optional<String> youtubeId() {
        if (video == null) {
            return Optional.empty();
        }
        Matcher m = YOUTUBE_ID.matcher(video);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A deep link into the video at a second, e.g. {@code https://www.youtube.com/watch?v=ID&t=123s}. */
    public Optional<String> videoLinkAt(double seconds) {
        return youtubeId().map(id -> "https://www.youtube.com/watch?v=" + id + "&t=" + (long) Math.floor(seconds) + "s");
    }
}
