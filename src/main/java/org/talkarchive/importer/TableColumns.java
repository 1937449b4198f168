package org.talkarchive.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talkarchive.corpus.Problem;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TalkStatus;

/**
 * The columns of {@code import table} and how a row becomes a talk. Only {@code title} and {@code series} are
 * required (the series may come from {@code --series}); a bad value is reported with the file and line and the row
 * is skipped.
 */
final class TableColumns {
    /** Every column a table may have, in the order the README documents them. */
    static final List<String> ALL = List.of("id", "title", "series", "date", "status", "season", "episode",
            "speakers", "affiliations", "countries", "abstract", "video", "tags", "language", "transcript");

    private final String file;
    private final String defaultSeries;
    private final Path transcripts;

    /**
     * @param defaultSeries series of rows without one, or null
     * @param transcripts   folder the {@code transcript} column is relative to (and where {@code <id>.vtt|.srt}
     *                      are looked for when the column is empty), or null
     */
    TableColumns(String file, String defaultSeries, Path transcripts) {
        this.file = file;
        this.defaultSeries = defaultSeries;
        this.transcripts = transcripts;
    }

    Optional<ImportedTalk> talk(TableRecord row, List<Problem> problems) {
        int before = problems.size();
        String title = row.text("title");
        String series = row.text("series") != null ? row.text("series") : defaultSeries;
        if (title == null) {
            problem(row, problems, "title is missing");
        }
        if (series == null) {
            problem(row, problems, "series is missing (add the column or give --series)");
        }
        LocalDate date = date(row, problems);
        TalkStatus status = status(row, date, problems);
        Integer season = number(row, "season", problems);
        Integer episode = number(row, "episode", problems);
        String video = row.text("video");
        if (video != null && JsonRecords.url(video) == null) {
            problem(row, problems, "video \"" + video + "\" is not an http(s) URL");
        }
        String id = row.text("id") != null ? row.text("id") : title == null ? null : TalkIds.of(title);
        if (row.text("id") != null && !id.equals(TalkIds.of(id))) {
            problem(row, problems, "id \"" + id + "\" must be lower-case letters, digits and hyphens");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Path transcript = transcript(row, id, problems); // a missing one is reported; the talk comes without it
        Talk talk = new Talk(id, series, season, episode, date, status, title, speakers(row), video, List.of(),
                row.list("tags"), row.text("language"), List.of(), abstractText(row), "");
        return Optional.of(new ImportedTalk("table:" + file + ":" + id, talk, transcript));
    }

    private static String abstractText(TableRecord row) {
        String text = row.text("abstract");
        return text == null ? "" : text;
    }

    /** Speakers with the affiliation and country at the same position of their columns. */
    private static List<Speaker> speakers(TableRecord row) {
        List<String> names = row.list("speakers");
        List<String> affiliations = row.aligned("affiliations");
        List<String> countries = row.aligned("countries");
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            speakers.add(new Speaker(names.get(i), at(affiliations, i), at(countries, i), null, ""));
        }
        return speakers;
    }

    private static String at(List<String> items, int i) {
        return i < items.size() ? items.get(i) : null;
    }

    private LocalDate date(TableRecord row, List<Problem> problems) {
        String text = row.text("date");
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problem(row, problems, "date \"" + text + "\" is not a valid date (YYYY-MM-DD)");
        return null;
    }

    /** Given, or past for a dated talk and upcoming for one without a date. */
    private TalkStatus status(TableRecord row, LocalDate date, List<Problem> problems) {
        String text = row.text("status");
        if (text == null) {
            return date == null ? TalkStatus.UPCOMING : TalkStatus.PAST;
        }
        try {
            TalkStatus status = TalkStatus.valueOf(text.toUpperCase(Locale.ROOT));
            if (status == TalkStatus.PAST && date == null && row.text("date") == null) {
                problem(row, problems, "a past talk needs its date (YYYY-MM-DD)");
            }
            return status;
        } catch (IllegalArgumentException e) {
            problem(row, problems, "status \"" + text + "\" must be past or upcoming");
            return null;
        }
    }

    private Integer number(TableRecord row, String column, List<Problem> problems) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        if (text.matches("\\d{1,4}")) {
            return Integer.valueOf(text);
        }
        problem(row, problems, column + " \"" + text + "\" must be a whole number");
        return null;
    }

    private Path transcript(TableRecord row, String id, List<Problem> problems) {
        String named = row.text("transcript");
        if (transcripts == null) {
            if (named != null) {
                problem(row, problems, "transcript \"" + named + "\" given, but no --transcripts folder; imported without it");
            }
            return null;
        }
        if (named == null) {
            return List.of(id + ".vtt", id + ".srt").stream().map(transcripts::resolve)
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        }
        Path path = transcripts.resolve(named).normalize();
        String lower = named.toLowerCase(Locale.ROOT);
        if (!path.startsWith(transcripts.normalize()) || !(lower.endsWith(".vtt") || lower.endsWith(".srt"))) {
            problem(row, problems, "transcript \"" + named + "\" must be a .vtt or .srt file inside --transcripts");
        } else if (!Files.isRegularFile(path)) {
            problem(row, problems, "transcript \"" + named + "\" is not in " + transcripts + "; imported without it");
        } else {
            return path;
        }
        return null;
    }

    private void problem(TableRecord row, List<Problem> problems, String message) {
        problems.add(new Problem(file, row.line(), message));
    }
}
