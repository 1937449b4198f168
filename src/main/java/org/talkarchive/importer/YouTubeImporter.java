package org.talkarchive.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talkarchive.corpus.Chapter;
import org.talkarchive.corpus.Problem;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TalkStatus;

/**
 * Reads what {@code yt-dlp --write-info-json --write-auto-subs --sub-langs en --sub-format vtt --skip-download}
 * writes for a playlist or channel: per video {@code <name>.info.json} (title, description, upload_date,
 * webpage_url, tags, chapters, channel) and its captions {@code <name>.<lang>.vtt}. YouTube does not name the
 * speakers, so the talks have none; the series is the playlist, else the channel (or {@code series} when given).
 */
public final class YouTubeImporter {
    private static final String INFO = ".info.json";

    private final String series;

    /** @param series the series of every talk, or null to take the playlist's or channel's name */
    public YouTubeImporter(String series) {
        this.series = series;
    }

    public SourceRead read(Path dir) {
        List<ImportedTalk> talks = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        List<Path> files = SourceFiles.list(dir, f -> true);
        for (Path file : files) {
            if (!SourceFiles.named(file, INFO)) {
                continue;
            }
            String shown = file.getFileName().toString();
            JsonRecords.read(file, shown, skipped)
                    .filter(node -> !"playlist".equals(JsonRecords.text(node, "_type"))) // the playlist's own file
                    .flatMap(node -> talk(node, shown, captions(files, shown), skipped))
                    .ifPresent(talks::add);
        }
        return new SourceRead(talks, skipped);
    }

    private Optional<ImportedTalk> talk(JsonNode node, String shown, Path captions, List<Problem> skipped) {
        String videoId = JsonRecords.text(node, "id");
        String title = JsonRecords.text(node, "title");
        Optional<LocalDate> date = JsonRecords.date(JsonRecords.text(node, "upload_date"))
                .or(() -> JsonRecords.date(JsonRecords.text(node, "release_date")));
        String seriesName = series != null ? series : JsonRecords.firstText(node, "playlist_title", "channel", "uploader");
        if (videoId == null || title == null) {
            skipped.add(new Problem(shown, 0, "has no id or title; skipped"));
            return Optional.empty();
        }
        if (date.isEmpty()) {
            skipped.add(new Problem(shown, 0, "has no upload_date (YYYYMMDD); skipped, a past talk needs a date"));
            return Optional.empty();
        }
        if (seriesName == null) {
            skipped.add(new Problem(shown, 0, "names no playlist, channel or uploader; skipped (give --series)"));
            return Optional.empty();
        }
        String url = JsonRecords.url(JsonRecords.text(node, "webpage_url"));
        Talk talk = new Talk(TalkIds.of(title), seriesName, null, null, date.get(), TalkStatus.PAST, title, List.of(),
                url != null ? url : "https://www.youtube.com/watch?v=" + videoId, List.of(),
                JsonRecords.texts(node, "tags"), JsonRecords.text(node, "language"), chapters(node),
                DescriptionCleaner.clean(JsonRecords.text(node, "description")), "");
        return Optional.of(new ImportedTalk("youtube:" + videoId, talk, captions));
    }

    /** Chapters in increasing order of start; one that does not start after the previous one is left out. */
    private static List<Chapter> chapters(JsonNode node) {
        List<Chapter> chapters = new ArrayList<>();
        JsonNode list = node.get("chapters");
        if (list == null || !list.isArray()) {
            return chapters;
        }
        for (JsonNode c : list) {
            String title = JsonRecords.text(c, "title");
            JsonNode start = c.get("start_time");
            if (title == null || start == null || !start.isNumber()) {
                continue;
            }
            double seconds = Math.floor(start.asDouble());
            if (chapters.isEmpty() || seconds > chapters.getLast().start()) {
                chapters.add(new Chapter(seconds, title));
            }
        }
        return chapters;
    }

    /** The video's English captions ({@code <name>.en.vtt}, then other English variants), else any captions. */
    private static Path captions(List<Path> files, String infoName) {
        String base = infoName.substring(0, infoName.length() - INFO.length()) + ".";
        List<Path> candidates = files.stream().filter(f -> {
            String name = f.getFileName().toString();
            return name.startsWith(base) && (name.endsWith(".vtt") || name.endsWith(".srt"))
                    && !name.substring(base.length(), name.length() - 4).contains(".");
        }).toList();
        for (String preferred : List.of("en.vtt", "en-orig.vtt", "en.srt")) {
            for (Path f : candidates) {
                if (f.getFileName().toString().equals(base + preferred)) {
                    return f;
                }
            }
        }
        return candidates.stream().filter(f -> f.getFileName().toString().startsWith(base + "en"))
                .findFirst().orElse(candidates.isEmpty() ? null : candidates.getFirst());
    }
}
