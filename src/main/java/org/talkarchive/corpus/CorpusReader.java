package org.talkarchive.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
        return readChanged(corpusDir, Optional.empty()).corpus();
    }

    /**
     * Reads the corpus, skipping the talks whose talk file and transcript are as {@code previous} (an earlier read's
     * {@link CorpusRead#files()}) recorded them; every file read is validated as {@link #readCorpus} validates it.
     * Taxonomy, datasets and archive identity are always read; when the taxonomy or the passage lengths differ from
     * the earlier read's, every talk is read.
     *
     * @throws CorpusException with every problem found in the files read
     */
    public CorpusRead readChanged(Path corpusDir, Optional<CorpusFiles> previous) {
        long started = System.currentTimeMillis();
        Path dir = corpusDir.toAbsolutePath().normalize();
        String prefix = dir.getFileName() == null ? "" : dir.getFileName().toString() + "/";
        Problems problems = new Problems();
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(List.of(new Problem(corpusDir.toString(), 0, "is not a folder")));
        }
        TaxonomyReader taxonomy = new TaxonomyReader(problems);
        // Both are optional: an imported archive has no curated taxonomy until someone writes one.
        Optional<String> topicsText = readOptional(dir.resolve("topics.yml"), prefix + "topics.yml", problems);
        List<Topic> topics = topicsText.map(text -> taxonomy.topics(text, prefix + "topics.yml")).orElse(List.of());
        List<Dataset> datasets = readOptional(dir.resolve("datasets.yml"), prefix + "datasets.yml", problems)
                .map(text -> taxonomy.datasets(text, prefix + "datasets.yml")).orElse(List.of());
        ArchiveIdentity archive = new ArchiveFileReader(problems).read(readOptional(dir.resolve(ArchiveFileReader.FILE),
                prefix + ArchiveFileReader.FILE, problems), dir, prefix + ArchiveFileReader.FILE);
        // Talk files are validated against the taxonomy, and transcripts cut by the passage lengths.
        String settings = SeenFile.sha256(topicsText.orElse("").getBytes(StandardCharsets.UTF_8)) + " passages "
                + passageLength;
        Map<String, CorpusFiles.TalkFiles> before = previous.filter(p -> p.settings().equals(settings))
                .map(CorpusFiles::talks).orElse(Map.of());

        Set<String> topicIds = topics.stream().map(Topic::id).collect(Collectors.toSet());
        TalkFileReader talkReader = new TalkFileReader(topicIds, problems);
        List<Talk> talks = new ArrayList<>();
        Set<String> talkFileIds = new HashSet<>();
        Path talksDir = dir.resolve("talks");
        Path transcriptsDir = dir.resolve("transcripts");
        Map<Path, BasicFileAttributes> transcriptFiles = Files.isDirectory(transcriptsDir) ? list(transcriptsDir)
                : Map.of();
        Map<String, List<Path>> transcriptsById = new HashMap<>();
        for (Path file : transcriptFiles.keySet()) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                transcriptsById.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>()).add(file);
            }
        }
        Map<String, CorpusFiles.TalkFiles> now = new TreeMap<>();
        Map<String, SeenFile> talkFilesRead = new HashMap<>();
        Set<String> unchanged = new HashSet<>();
        int compared = 0;
        if (!Files.isDirectory(talksDir)) {
            problems.add(prefix + "talks", 0, "folder is missing (one <id>.md file per talk)");
        } else {
            for (Map.Entry<Path, BasicFileAttributes> listed : list(talksDir).entrySet()) {
                Path file = listed.getKey();
                String name = file.getFileName().toString();
                String relative = "talks/" + name;
                if (!name.endsWith(".md")) {
                    problems.add(prefix + relative, 0, "is not a talk file (talk files end in .md)");
                    continue;
                }
                String fileId = name.substring(0, name.length() - 3);
                talkFileIds.add(fileId);
                SeenFile seen = new SeenFile(file, relative, listed.getValue(), started);
                SeenFile transcript = transcriptOf(transcriptsById.get(fileId), transcriptFiles, started);
                CorpusFiles.TalkFiles known = before.get(fileId);
                if (known != null && seen.matches(known.talk()) && (transcript == null
                        ? known.transcript() == null : transcript.matches(known.transcript()))) {
                    unchanged.add(fileId);
                    if (seen.hashed() || transcript != null && transcript.hashed()) {
                        compared++;
                    }
                    now.put(fileId, new CorpusFiles.TalkFiles(seen.state(),
                            transcript == null ? null : transcript.state(), known.passages()));
                    continue;
                }
                talkFilesRead.put(fileId, seen);
                seen.text(prefix + relative, problems)
                        .flatMap(text -> talkReader.read(text, fileId, relative, prefix + relative))
                        .ifPresent(talks::add);
            }
        }
        Map<String, List<Chapter>> chapters = talks.stream().collect(Collectors.toMap(Talk::id, Talk::chapters, (a, b) -> a));
        Map<String, SeenFile> transcriptsRead = new HashMap<>();
        Map<String, List<Passage>> passages = transcripts(transcriptFiles, prefix, talkFileIds, unchanged, chapters,
                problems, transcriptsRead, started);
        if (!problems.isEmpty()) {
            throw new CorpusException(problems.list());
        }
        talks.sort(Comparator.comparing(Talk::id));
        for (Talk talk : talks) {
            SeenFile transcript = transcriptsRead.get(talk.id());
            now.put(talk.id(), new CorpusFiles.TalkFiles(talkFilesRead.get(talk.id()).state(),
                    transcript == null ? null : transcript.state(), passages.getOrDefault(talk.id(), List.of()).size()));
        }
        return new CorpusRead(new Corpus(talks, topics, datasets, passages, archive, passageLength), unchanged,
                new CorpusFiles(settings, now), previous.filter(p -> !before.isEmpty()), compared);
    }

    /** The one transcript of a talk, or null when it has none (or two, which the transcript check reports). */
    private static SeenFile transcriptOf(List<Path> files, Map<Path, BasicFileAttributes> listed, long started) {
        if (files == null || files.size() != 1) {
            return null;
        }
        String name = files.getFirst().getFileName().toString();
        return name.endsWith(".vtt") || name.endsWith(".srt")
                ? new SeenFile(files.getFirst(), "transcripts/" + name, listed.get(files.getFirst()), started) : null;
    }

    /**
     * Transcripts are checked against the talk files present, so a talk with problems still gets its transcript
     * checked; those of unchanged talks are not read.
     */
    private Map<String, List<Passage>> transcripts(Map<Path, BasicFileAttributes> files, String prefix, Set<String> talkIds,
                                                   Set<String> unchanged, Map<String, List<Chapter>> chapters,
                                                   Problems problems, Map<String, SeenFile> read, long started) {
        Map<String, List<Passage>> passages = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files.keySet()) {
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
            if (!seen.add(talkId)) {
                problems.add(shown, 0, "talk \"" + talkId + "\" has both a .vtt and a .srt transcript; keep one");
                continue;
            }
            if (unchanged.contains(talkId)) {
                continue;
            }
            SeenFile transcript = new SeenFile(file, "transcripts/" + name, files.get(file), started);
            Optional<String> text = transcript.text(shown, problems);
            if (text.isEmpty()) {
                continue;
            }
            read.put(talkId, transcript);
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

    /**
     * The folder's files (links followed; hidden ones left out) in name order, each with its size and time from the
     * one look that listing takes: at 20,000 talk files a second look per file was most of an update's read.
     */
    private static Map<Path, BasicFileAttributes> list(Path folder) {
        Map<Path, BasicFileAttributes> out = new TreeMap<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        out.put(file, attributes);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // a broken link is no file, as Files.isRegularFile says
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
