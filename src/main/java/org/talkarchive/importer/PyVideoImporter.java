package org.talkarchive.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Problem;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TalkStatus;

/**
 * Reads a checkout of github.com/pyvideo/data: one folder per event with {@code category.json} (the event's
 * title, which becomes the talks' series) and {@code videos/*.json}, one talk each (title, speakers, description,
 * recorded, videos[].url, tags, language). Talks whose id is in the catalogue's {@code NO_PUBLISH.json} (their
 * speakers or owners asked that they not be republished) are left out.
 */
public final class PyVideoImporter {
    private static final String NO_PUBLISH = "NO_PUBLISH.json";

    public SourceRead read(Path catalogue) {
        List<ImportedTalk> talks = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        Set<String> unpublished = noPublish(catalogue, skipped);
        for (Path event : SourceFiles.list(catalogue, Files::isDirectory)) {
            Path videos = event.resolve("videos");
            Path category = event.resolve("category.json");
            if (!Files.isDirectory(videos) || !Files.isRegularFile(category)) {
                continue; // not an event folder (e.g. tools/)
            }
            String eventName = event.getFileName().toString();
            Optional<String> series = JsonRecords.read(category, eventName + "/category.json", skipped)
                    .map(node -> JsonRecords.text(node, "title"));
            if (series.isEmpty()) {
                skipped.add(new Problem(eventName + "/category.json", 0, "has no title; the event is skipped"));
                continue;
            }
            for (Path file : SourceFiles.list(videos, f -> SourceFiles.named(f, ".json"))) {
                String shown = eventName + "/videos/" + file.getFileName();
                JsonRecords.read(file, shown, skipped)
                        .filter(node -> published(node, unpublished, shown, skipped))
                        .flatMap(node -> talk(node, series.get(), file, shown, skipped))
                        .ifPresent(talks::add);
            }
        }
        return new SourceRead(talks, skipped);
    }

    /** The ids listed in NO_PUBLISH.json (a JSON array), or none when the catalogue has no such file. */
    private static Set<String> noPublish(Path catalogue, List<Problem> skipped) {
        Path file = catalogue.resolve(NO_PUBLISH);
        Set<String> ids = new HashSet<>();
        if (Files.isRegularFile(file)) {
            JsonRecords.read(file, NO_PUBLISH, skipped).filter(JsonNode::isArray)
                    .ifPresent(list -> list.forEach(id -> ids.add(id.asText())));
        }
        return ids;
    }

    private static boolean published(JsonNode node, Set<String> unpublished, String shown, List<Problem> skipped) {
        JsonNode id = node.get("id");
        if (id != null && unpublished.contains(id.asText())) {
            skipped.add(new Problem(shown, 0, "its id " + id.asText() + " is in " + NO_PUBLISH
                    + " (its speakers or owners asked that it not be republished); skipped"));
            return false;
        }
        return true;
    }

    private static Optional<ImportedTalk> talk(JsonNode node, String series, Path file, String shown,
                                               List<Problem> skipped) {
        String title = JsonRecords.text(node, "title");
        Optional<LocalDate> date = JsonRecords.date(JsonRecords.text(node, "recorded"));
        if (!node.isObject() || title == null) {
            skipped.add(new Problem(shown, 0, "has no title; skipped"));
            return Optional.empty();
        }
        if (date.isEmpty()) {
            skipped.add(new Problem(shown, 0, "has no recorded date (YYYY-MM-DD); skipped, a past talk needs one"));
            return Optional.empty();
        }
        List<Speaker> speakers = JsonRecords.texts(node, "speakers").stream()
                .map(name -> new Speaker(name, null, null, null, "")).toList();
        String description = JsonRecords.firstText(node, "description", "summary", "abstract");
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Talk talk = new Talk(TalkIds.of(name), series, null, null, date.get(), TalkStatus.PAST, title, speakers,
                video(node), List.of(), JsonRecords.texts(node, "tags"), JsonRecords.text(node, "language"),
                List.of(), DescriptionCleaner.clean(description), "");
        return Optional.of(new ImportedTalk("pyvideo:" + shown, talk, null));
    }

    /** The YouTube recording when there is one (it gets deep links), else the first usable URL. */
    private static String video(JsonNode node) {
        List<String> urls = new ArrayList<>();
        JsonNode videos = node.get("videos");
        if (videos != null && videos.isArray()) {
            for (JsonNode v : videos) {
                String url = JsonRecords.url(JsonRecords.text(v, "url"));
                if (url != null) {
                    urls.add(url);
                }
            }
        }
        return urls.stream().filter(u -> u.contains("youtube.com/") || u.contains("youtu.be/")).findFirst()
                .orElse(urls.isEmpty() ? null : urls.getFirst());
    }
}
