package org.talkarchive.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and validates a corpus folder:
 * <pre>
 * talks/&lt;id&gt;.md                 one talk: YAML front matter + the abstract as Markdown
 * topics.yml                   the topic taxonomy (optional)
 * datasets.yml                 datasets the talks mention (optional)
 * archive.yml                  the archive's name, description, home page, logo and colours (optional)
 * transcripts/&lt;id&gt;.vtt|.srt     optional captions of a talk
 * </pre>
 * Validation goes through every file and throws one {@link CorpusException} listing all problems, each as
 * {@code corpus/talks/x.md:12: speakers[1].name is missing}.
 */
public final class CorpusReader {
    private final PassageLength passageLength;
    private final PassageBuilder passageBuilder;

    public CorpusReader() {
        this(PassageLength.DEFAULT);
    }

    public CorpusReader(PassageLength passageLength) {
        this.passageLength = passageLength;
        this.passageBuilder = new PassageBuilder(passageLength);
    }

    /** Reads the corpus with the default passage lengths (30-60 s). */
    public static Corpus read(Path corpusDir) {
        return new CorpusReader().readCorpus(corpusDir);
    }

    /** Reads the corpus, cutting transcripts into passages of this length. */
    public static Corpus read(Path corpusDir, PassageLength passageLength) {
        return new CorpusReader(passageLength).readCorpus(corpusDir);
    }

    /** @throws CorpusException with every problem found; nothing is returned from a corpus with problems */
    public Corpus readCorpus(Path corpusDir) {
        Path dir = corpusDir.toAbsolutePath().normalize();
        String prefix = dir.getFileName() == null ? "" : dir.getFileName().toString() + "/";
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(List.of(new Problem(corpusDir.toString(), 0, "is not a folder")));
        }
        TaxonomyReader taxonomy = new TaxonomyReader(problems);
        // Both are optional: an imported archive has no curated taxonomy until someone writes one.
        List<Topic> topics = readOptional(dir.resolve("topics.yml"), prefix + "topics.yml", problems)
                .map(text -> taxonomy.topics(text, prefix + "topics.yml")).orElse(List.of());
        List<Dataset> datasets = readOptional(dir.resolve("datasets.yml"), prefix + "datasets.yml", problems)
                .map(text -> taxonomy.datasets(text, prefix + "datasets.yml")).orElse(List.of());
        ArchiveIdentity archive = new ArchiveFileReader(problems).read(readOptional(dir.resolve(ArchiveFileReader.FILE),
                prefix + ArchiveFileReader.FILE, problems), dir, prefix + ArchiveFileReader.FILE);

        Set<String> topicIds = topics.stream().map(Topic::id).collect(Collectors.toSet());
        TalkFileReader talkReader = new TalkFileReader(topicIds, problems);
        List<Talk> talks = new ArrayList<>();
        Set<String> talkFileIds = new HashSet<>();
        Path talksDir = dir.resolve("talks");
        if (!Files.isDirectory(talksDir)) {
            problems.add(prefix + "talks", 0, "folder is missing (one <id>.md file per talk)");
        } else {
            for (Path file : list(talksDir)) {
                String name = file.getFileName().toString();
                String relative = "talks/" + name;
                if (!name.endsWith(".md")) {
                    problems.add(prefix + relative, 0, "is not a talk file (talk files end in .md)");
                    continue;
                }
                String fileId = name.substring(0, name.length() - 3);
                talkFileIds.add(fileId);
                readText(file, prefix + relative, problems)
                        .flatMap(text -> talkReader.read(text, fileId, relative, prefix + relative))
                        .ifPresent(talks::add);
            }
        }
        Map<String, List<Chapter>> chapters = talks.stream().collect(Collectors.toMap(Talk::id, Talk::chapters, (a, b) -> a));
        Map<String, List<Passage>> passages = transcripts(dir, prefix, talkFileIds, chapters, problems);
        if (!problems.isEmpty()) {
            throw new CorpusException(problems.list());
        }
        talks.sort(Comparator.comparing(Talk::id));
        return new Corpus(talks, topics, datasets, passages, archive, passageLength);
    }

    /** Transcripts are checked against the talk files present, so a talk with problems still gets its transcript checked. */
    private Map<String, List<Passage>> transcripts(Path dir, String prefix, Set<String> talkIds,
                                                   Map<String, List<Chapter>> chapters, Problems problems) {
        Map<String, List<Passage>> passages = new HashMap<>();
        Path transcriptsDir = dir.resolve("transcripts");
        if (!Files.isDirectory(transcriptsDir)) {
            return passages;
        }
        for (Path file : list(transcriptsDir)) {
            String name = file.getFileName().toString();
            String shown = prefix + "transcripts/" + name;
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            if (!extension.equals("vtt") && !extension.equals("srt")) {
                if (!name.startsWith(".")) {
                    problems.add(shown, 0, "is not a transcript (use <talk-id>.vtt or <talk-id>.srt)");
                }
                continue;
            }
            String talkId = name.substring(0, dot);
            if (!talkIds.contains(talkId)) {
                problems.add(shown, 0, "no talk has the id \"" + talkId + "\" (expected talks/" + talkId + ".md)");
                continue;
            }
            if (passages.containsKey(talkId)) {
                problems.add(shown, 0, "talk \"" + talkId + "\" has both a .vtt and a .srt transcript; keep one");
                continue;
            }
            Optional<String> text = readText(file, shown, problems);
            if (text.isEmpty()) {
                continue;
            }
            int before = problems.size();
            List<Cue> cues = TranscriptReader.parse(text.get(), TranscriptReader.Format.ofFileName(name), shown, problems);
            if (problems.size() == before) {
                passages.put(talkId, new ChapterPassages(passageBuilder).build(talkId, cues,
                        chapters.getOrDefault(talkId, List.of())));
            }
        }
        return passages;
    }

    private static Optional<String> readText(Path file, String shown, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(shown, 0, "is missing");
            return Optional.empty();
        }
        return StrictUtf8.read(file, shown, problems);
    }

    private static Optional<String> readOptional(Path file, String shown, Problems problems) {
        return Files.exists(file) ? readText(file, shown, problems) : Optional.empty();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
