package org.talkarchive.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;

/**
 * Load for the scale benchmark only (never shipped, never in tests): a temporary corpus of N talks made by cycling
 * the real talk files under new ids, each with an hour-long WebVTT transcript whose cues cycle through the real
 * corpus's sentences from a different starting point. It measures how indexing and search cope with size; its
 * talks are copies, so it says nothing about ranking quality.
 */
final class ScaleCorpus {
    private static final int CUE_SECONDS = 5;
    private static final int TRANSCRIPT_SECONDS = 3600;

    private ScaleCorpus() {
    }

    static Path write(Path source, int talkCount) throws IOException {
        Corpus corpus = CorpusReader.read(source);
        List<String> sentences = sentences(corpus);
        Path target = Files.createTempDirectory("talk-archive-scale");
        Files.createDirectories(target.resolve("talks"));
        Files.createDirectories(target.resolve("transcripts"));
        Files.copy(source.resolve("topics.yml"), target.resolve("topics.yml"));
        Files.copy(source.resolve("datasets.yml"), target.resolve("datasets.yml"));
        List<Path> files;
        try (Stream<Path> list = Files.list(source.resolve("talks"))) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (int i = 0; i < talkCount; i++) {
            Path original = files.get(i % files.size());
            String oldId = original.getFileName().toString().replace(".md", "");
            String newId = "scale-%05d-%s".formatted(i, oldId);
            String text = Files.readString(original, StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^id: .*$", "id: " + newId);
            Files.writeString(target.resolve("talks/" + newId + ".md"), text, StandardCharsets.UTF_8);
            Files.writeString(target.resolve("transcripts/" + newId + ".vtt"), transcript(sentences, i * 7),
                    StandardCharsets.UTF_8);
        }
        return target;
    }

    private static List<String> sentences(Corpus corpus) {
        List<String> out = new ArrayList<>();
        for (Talk talk : corpus.talks()) {
            StringBuilder text = new StringBuilder(talk.abstractText());
            for (Speaker s : talk.speakers()) {
                text.append(' ').append(s.bio());
            }
            for (String sentence : text.toString().split("(?<=[.!?])\\s+")) {
                if (sentence.length() > 20) {
                    out.add(sentence.replace('\n', ' ').strip());
                }
            }
        }
        return out;
    }

    private static String transcript(List<String> sentences, int offset) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        int n = 0;
        for (int t = 0; t < TRANSCRIPT_SECONDS; t += CUE_SECONDS, n++) {
            vtt.append(time(t)).append(" --> ").append(time(t + CUE_SECONDS)).append('\n')
                    .append(sentences.get((offset + n) % sentences.size())).append("\n\n");
        }
        return vtt.toString();
    }

    private static String time(int seconds) {
        return "%02d:%02d:%02d.000".formatted(seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }
}
