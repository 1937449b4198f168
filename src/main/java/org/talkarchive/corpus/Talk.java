package org.talkarchive.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One talk, read from {@code corpus/talks/<id>.md}.
 *
 * @param episode    null for a talk without an episode number (e.g. the unnumbered S03 talk, announced S10 talks)
 * @param date       null when not yet known (upcoming, TBA)
 * @param video      a YouTube URL, or null
 * @param topics     curated topic ids from {@code topics.yml}; empty when the organisers have not tagged the talk
 * @param abstractText the abstract, plain text as on the source page (Markdown links kept as written)
 * @param file       the file the talk was read from, relative to the corpus folder (for error messages)
 */
public record Talk(String id, String series, int season, Integer episode, LocalDate date, TalkStatus status,
                   String title, List<Speaker> speakers, String video, List<String> topics, String abstractText,
                   String file) {

    private static final Pattern YOUTUBE_ID =
            Pattern.compile("(?:youtu\\.be/|youtube\\.com/watch\\?(?:.*&)?v=|youtube(?:-nocookie)?\\.com/embed/)([A-Za-z0-9_-]{11})");

    public Talk {
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
    }

    /** "S01E02", or "S03" for a talk without an episode number. */
    public String code() {
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
