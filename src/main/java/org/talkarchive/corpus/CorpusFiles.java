package org.talkarchive.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one read of a corpus folder saw of each talk's files: size, modification time and SHA-256 of the talk file
 * and of its transcript, and how many passages the transcript gave. An index generation keeps it, so the next read
 * ({@link CorpusReader#readChanged}) parses only the talks whose files changed, as {@code make} and {@code git status}
 * decide: same size and time means unchanged; otherwise the bytes are hashed, and only different bytes are parsed.
 *
 * @param settings what else shaped the talks read (the taxonomy file, the passage lengths): another value means
 *                 every talk is read again
 * @param talks    talk id to its files, in id order
 */
public record CorpusFiles(String settings, Map<String, TalkFiles> talks) {

    /** First line of the stored form; a file that does not start with it is not used. */
    private static final String HEADER = "# talk-archive corpus files 1";

    /** One file as it was read: {@code name} relative to the corpus folder ({@code talks/x.md}). */
    public record FileState(String name, long size, long modified, String sha256) {
        /** Whether the file is as recorded without reading it: same size and a known, equal modification time. */
        boolean sameStat(long otherSize, long otherModified) {
            return modified >= 0 && size == otherSize && modified == otherModified;
        }
    }

    /** @param transcript null for a talk without one */
    public record TalkFiles(FileState talk, FileState transcript, int passages) {
    }

    public CorpusFiles {
        talks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(talks));
    }

    /** The talk ids the read found. */
    public Set<String> ids() {
        return talks.keySet();
    }

    /** Passages of every talk's transcript together. */
    public int passages() {
        return talks.values().stream().mapToInt(TalkFiles::passages).sum();
    }

    /** The stored form: a header line with the settings, then one tab-separated line per talk. */
    public String write() {
        StringBuilder out = new StringBuilder(HEADER).append('\t').append(settings).append('\n');
        talks.forEach((id, files) -> {
            out.append(id).append('\t').append(files.passages());
            append(out, files.talk());
            append(out, files.transcript());
            out.append('\n');
        });
        return out.toString();
    }

    /** The files a stored form describes; empty when it is not one (another version, damaged). */
    public static Optional<CorpusFiles> read(String stored) {
        List<String> lines = stored.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().startsWith(HEADER + "\t")) {
            return Optional.empty();
        }
        Map<String, TalkFiles> talks = new LinkedHashMap<>();
        try {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    return Optional.empty();
                }
                FileState transcript = f[6].equals("-") ? null : state(f, 6);
                talks.put(f[0], new TalkFiles(state(f, 2), transcript, Integer.parseInt(f[1])));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new CorpusFiles(lines.getFirst().substring(HEADER.length() + 1), talks));
    }

    private static void append(StringBuilder out, FileState file) {
        if (file == null) {
            out.append("\t-\t-1\t-1\t-");
        } else {
            out.append('\t').append(file.name()).append('\t').append(file.size()).append('\t')
                    .append(file.modified()).append('\t').append(file.sha256());
        }
    }

    private static FileState state(String[] f, int from) {
        return new FileState(f[from], Long.parseLong(f[from + 1]), Long.parseLong(f[from + 2]), f[from + 3]);
    }
}
