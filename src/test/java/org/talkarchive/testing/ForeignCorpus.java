package org.talkarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus unlike ours, from a seed, for tests that index what organisers may bring: no taxonomy or datasets
 * list, thousands of talks, duplicate titles, one-line or very long abstracts, text in other scripts, and captions
 * with gaps, overlaps, zero-length and hours-long cues. The same seed writes the same files.
 */
public final class ForeignCorpus {
    /** Words in the scripts an archive meets: Latin with accents, CJK, Arabic, Cyrillic, Greek. */
    private static final List<String> WORDS = List.of(
            "dataset", "segmentation", "annotation", "bias", "hospital", "radiology", "benchmark", "label",
            "données", "étiquetage", "Krankenhäuser", "añadir", "São", "Ærøskøbing", "naïve", "façade",
            "数据集", "医学影像", "标注", "偏差", "データセット", "画像診断", "注釈",
            "مجموعة", "البيانات", "التصوير", "الطبي", "набор", "данных", "разметка", "σύνολο", "δεδομένων");

    private final Random random;
    private final Path dir;
    private final List<String> ids = new ArrayList<>();

    private ForeignCorpus(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    /** An empty corpus folder {@code parent/foreign} with a talks/ folder and nothing else. */
    public static ForeignCorpus in(Path parent, long seed) {
        Path dir = parent.resolve("foreign");
        try {
            Files.createDirectories(dir.resolve("talks"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ForeignCorpus(dir, seed);
    }

    public Path dir() {
        return dir;
    }

    public List<String> ids() {
        return List.copyOf(ids);
    }

    /** Adds {@code count} talks; every {@code duplicateEvery}-th repeats the first title (0 for none). */
    public ForeignCorpus talks(int count, int duplicateEvery) {
        for (int i = 0; i < count; i++) {
            String id = "t" + (ids.size() + 1);
            String title = duplicateEvery > 0 && i % duplicateEvery == 0 ? "Opening remarks" : sentence(3 + random.nextInt(8));
            talk(id, title, abstractText(i));
        }
        return this;
    }

    /** Adds {@code count} talks by one speaker, each on its own random words. */
    public ForeignCorpus talksBy(String speaker, int count) {
        for (int i = 0; i < count; i++) {
            talk("t" + (ids.size() + 1), sentence(5), sentence(40), speaker, List.of());
        }
        return this;
    }

    /** Adds {@code count} talks tagged with the same curated topics (which {@link #taxonomy} must list). */
    public ForeignCorpus talksOn(List<String> topics, int count) {
        for (int i = 0; i < count; i++) {
            talk("t" + (ids.size() + 1), sentence(5), sentence(40), null, topics);
        }
        return this;
    }

    /** Writes one talk file with the given title and abstract (title written verbatim, so it may be empty). */
    public ForeignCorpus talk(String id, String title, String abstractText) {
        return talk(id, title, abstractText, null, List.of());
    }

    /** The same, by a named speaker (a random one when null) and with curated topics. */
    private ForeignCorpus talk(String id, String title, String abstractText, String speaker, List<String> topics) {
        ids.add(id);
        int year = 1990 + random.nextInt(36);
        String file = """
                ---
                id: %s
                series: "Foreign series"
                season: %d
                date: %d-%02d-%02d
                status: past
                title: "%s"
                topics: [%s]
                speakers:
                  - name: "%s"
                    affiliation: "%s"
                    country: "%s"
                ---

                %s
                """.formatted(id, 1 + random.nextInt(30), year, 1 + random.nextInt(12), 1 + random.nextInt(28),
                title.replace("\"", "'"), String.join(", ", topics), speaker == null ? sentence(2) : speaker,
                sentence(2), sentence(1), abstractText);
        write("talks/" + id + ".md", file);
        return this;
    }

    /** One line, a few paragraphs, or about 20,000 words, in turn. */
    private String abstractText(int i) {
        return switch (i % 3) {
            case 0 -> sentence(4);
            case 1 -> sentence(60) + "\n\n" + sentence(40);
            default -> String.join("\n\n", paragraphs(i % 500 == 2 ? 400 : 4));
        };
    }

    private List<String> paragraphs(int count) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            out.add(sentence(50));
        }
        return out;
    }

    /**
     * Captions for a talk that go wrong in every legal way: a gap of ten minutes, cues that overlap the previous
     * one, zero-length cues, a cue three hours long, and a final cue past five hours.
     */
    public ForeignCorpus oddTranscript(String id) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        double t = 0;
        for (int i = 0; i < 40; i++) {
            double start = t;
            double end = switch (i % 8) {
                case 3 -> start; // zero-length
                case 5 -> start + 3 * 3600; // hours long
                default -> start + 2 + random.nextInt(6);
            };
            vtt.append(stamp(start)).append(" --> ").append(stamp(end)).append('\n')
                    .append(sentence(4 + random.nextInt(10))).append(i % 4 == 0 ? "." : "").append("\n\n");
            t = switch (i % 8) {
                case 1 -> end - 1.5; // the next cue overlaps this one
                case 6 -> end + 600; // ten minutes of silence
                case 5 -> start + 4; // the next cues sit inside the long one
                default -> end;
            };
        }
        vtt.append(stamp(5 * 3600 + 12.5)).append(" --> ").append(stamp(5 * 3600 + 15)).append("\nThe end.\n");
        write("transcripts/" + id + ".vtt", vtt.toString());
        return this;
    }

    /** A topics.yml holding an empty list and a datasets.yml that is empty, as an export may write them. */
    public ForeignCorpus emptyTaxonomy() {
        write("topics.yml", "[]\n");
        write("datasets.yml", "");
        return this;
    }

    /** A taxonomy of one topic and an empty datasets list: a corpus whose taxonomy is beside the point. */
    public ForeignCorpus oneTopic() {
        write("topics.yml", """
                - id: data
                  label: Data
                  kind: theme
                  description: Datasets and how they are made.
                  synonyms: [dataset]
                """);
        write("datasets.yml", "[]\n");
        return this;
    }

    /** A taxonomy of these topic ids (labelled as themselves) and an empty datasets list. */
    public ForeignCorpus taxonomy(List<String> topicIds) {
        StringBuilder yaml = new StringBuilder();
        for (String id : topicIds) {
            yaml.append("- id: ").append(id).append("\n  label: ").append(id).append("\n  kind: theme\n")
                    .append("  description: The topic ").append(id).append(".\n");
        }
        write("topics.yml", yaml.toString());
        write("datasets.yml", "[]\n");
        return this;
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            s.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String stamp(double seconds) {
        long ms = Math.round(seconds * 1000);
        return "%02d:%02d:%02d.%03d".formatted(ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    public void write(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
