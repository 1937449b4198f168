package org.talkarchive.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Problem;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TalkFileWriter;
import org.talkarchive.corpus.TranscriptCheck;

/**
 * Puts what an importer read into a corpus folder, idempotently: a record keeps the talk id it got the first time
 * (remembered in {@link ImportState}), an unchanged record leaves its files untouched, a changed one rewrites only
 * its own files, and a file edited by hand since it was imported is kept unless {@code force}.
 */
public final class CorpusImport {
    private final Path corpus;
    private final boolean force;

    public CorpusImport(Path corpus, boolean force) {
        this.corpus = corpus;
        this.force = force;
    }

    /** @param sourcePrefix the source keys this import owns, to count talks no longer in the source */
    public ImportReport apply(SourceRead read, String sourcePrefix) throws IOException {
        ImportReport report = new ImportReport();
        read.skipped().forEach(report::note);
        ImportState state = ImportState.load(corpus);
        Set<String> taken = existingIds();
        state.entries().values().forEach(e -> taken.add(e.id()));
        Set<String> seen = new HashSet<>();
        List<ImportedTalk> talks = read.talks().stream()
                .sorted(Comparator.comparing(ImportedTalk::sourceKey)).toList();
        for (ImportedTalk imported : talks) {
            seen.add(imported.sourceKey());
            Optional<ImportState.Entry> entry = state.get(imported.sourceKey());
            String id = entry.map(ImportState.Entry::id).orElseGet(() -> freeId(imported, taken));
            taken.add(id);
            Talk talk = imported.withId(id);
            byte[] text = TalkFileWriter.write(talk).getBytes(StandardCharsets.UTF_8);
            Path file = corpus.resolve("talks").resolve(id + ".md");
            GeneratedFiles.Outcome outcome = GeneratedFiles.write(file, text,
                    entry.map(ImportState.Entry::talkHash).orElse(null), force);
            report.talk(outcome);
            String talkHash = outcome == GeneratedFiles.Outcome.KEPT_EDITED
                    ? entry.map(ImportState.Entry::talkHash).orElse(null) : GeneratedFiles.sha256(text);
            if (outcome == GeneratedFiles.Outcome.KEPT_EDITED) {
                report.note(edited(file));
            }
            TranscriptCopy transcript = copyTranscript(imported, id, entry, report);
            state.put(imported.sourceKey(), new ImportState.Entry(id, talkHash, transcript.name(), transcript.hash()));
        }
        report.goneFromSource((int) state.entries().keySet().stream()
                .filter(k -> k.startsWith(sourcePrefix) && !seen.contains(k)).count());
        state.save(corpus);
        return report;
    }

    private record TranscriptCopy(String name, String hash) {
    }

    private TranscriptCopy copyTranscript(ImportedTalk imported, String id, Optional<ImportState.Entry> entry,
                                          ImportReport report) throws IOException {
        TranscriptCopy previous = entry.map(e -> new TranscriptCopy(e.transcript(), e.transcriptHash()))
                .orElse(new TranscriptCopy(null, null));
        if (imported.transcript() == null) {
            return previous;
        }
        String source = imported.transcript().getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = source.endsWith(".srt") ? "srt" : "vtt";
        String other = extension.equals("srt") ? "vtt" : "srt";
        Path transcripts = corpus.resolve("transcripts");
        String name = id + "." + extension;
        if (Files.exists(transcripts.resolve(id + "." + other)) && !(id + "." + other).equals(previous.name())) {
            report.note(new Problem(shown(transcripts.resolve(id + "." + other)), 0,
                    "the talk already has this transcript; the imported ." + extension + " was not copied"));
            return previous;
        }
        List<Problem> unreadable = TranscriptCheck.problems(imported.transcript(), imported.transcript().toString());
        if (!unreadable.isEmpty()) {
            // One broken captions file must not stop a whole archive from indexing: the talk comes without it.
            unreadable.forEach(report::note);
            report.note(new Problem(imported.transcript().toString(), 0, "not copied: index could not read it"));
            return previous;
        }
        byte[] content = Files.readAllBytes(imported.transcript());
        String recorded = name.equals(previous.name()) ? previous.hash() : null;
        GeneratedFiles.Outcome outcome = GeneratedFiles.write(transcripts.resolve(name), content, recorded, force);
        report.transcript(outcome);
        if (outcome == GeneratedFiles.Outcome.KEPT_EDITED) {
            report.note(edited(transcripts.resolve(name)));
            return new TranscriptCopy(name, recorded);
        }
        return new TranscriptCopy(name, GeneratedFiles.sha256(content));
    }

    /**
     * The preferred id, or the preferred id with "-2", "-3"... when another talk has it. A file that already holds
     * exactly this talk (an import whose state file was lost) is taken over rather than duplicated.
     */
    private String freeId(ImportedTalk imported, Set<String> taken) {
        String preferred = imported.talk().id();
        String candidate = preferred;
        for (int n = 2; taken.contains(candidate) && !holdsExactly(candidate, imported); n++) {
            candidate = preferred + "-" + n;
        }
        return candidate;
    }

    private boolean holdsExactly(String id, ImportedTalk imported) {
        Path file = corpus.resolve("talks").resolve(id + ".md");
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8)
                    .equals(TalkFileWriter.write(imported.withId(id)));
        } catch (IOException e) {
            return false;
        }
    }

    private Set<String> existingIds() throws IOException {
        Set<String> ids = new HashSet<>();
        Path talks = corpus.resolve("talks");
        if (Files.isDirectory(talks)) {
            for (Path f : SourceFiles.list(talks, f -> SourceFiles.named(f, ".md"))) {
                String name = f.getFileName().toString();
                ids.add(name.substring(0, name.length() - 3));
            }
        }
        return ids;
    }

    private Problem edited(Path file) {
        return new Problem(shown(file), 0, "edited since it was imported; kept (--force overwrites it)");
    }

    private String shown(Path file) {
        Path name = corpus.toAbsolutePath().normalize().getFileName();
        return (name == null ? "" : name + "/") + corpus.relativize(file);
    }
}
