package org.talkarchive.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talkarchive.corpus.Problem;

/** What an import did: how many talk files and transcripts had each outcome, and what the user should look at. */
public final class ImportReport {
    private final Map<GeneratedFiles.Outcome, Integer> talks = new EnumMap<>(GeneratedFiles.Outcome.class);
    private final Map<GeneratedFiles.Outcome, Integer> transcripts = new EnumMap<>(GeneratedFiles.Outcome.class);
    private final List<Problem> notes = new ArrayList<>();
    private int goneFromSource;

    void talk(GeneratedFiles.Outcome outcome) {
        talks.merge(outcome, 1, Integer::sum);
    }

    void transcript(GeneratedFiles.Outcome outcome) {
        transcripts.merge(outcome, 1, Integer::sum);
    }

    void note(Problem problem) {
        notes.add(problem);
    }

    void goneFromSource(int count) {
        goneFromSource = count;
    }

    /** Skipped records, kept hand edits and transcript conflicts, each naming its file. */
    public List<Problem> notes() {
        return List.copyOf(notes);
    }

    public int talks(GeneratedFiles.Outcome outcome) {
        return talks.getOrDefault(outcome, 0);
    }

    public int transcripts(GeneratedFiles.Outcome outcome) {
        return transcripts.getOrDefault(outcome, 0);
    }

    /** Whether any file was written. */
    public boolean changedAnything() {
        return talks(GeneratedFiles.Outcome.CREATED) + talks(GeneratedFiles.Outcome.UPDATED)
                + talks(GeneratedFiles.Outcome.OVERWRITTEN) + transcripts(GeneratedFiles.Outcome.CREATED)
                + transcripts(GeneratedFiles.Outcome.UPDATED) + transcripts(GeneratedFiles.Outcome.OVERWRITTEN) > 0;
    }

    public String oneLine() {
        return "talks: " + counts(talks) + "; transcripts: " + counts(transcripts)
                + (goneFromSource > 0 ? "; " + goneFromSource + " imported talk(s) no longer in the source (kept)" : "")
                + (notes.isEmpty() ? "" : "; " + notes.size() + " note(s) above");
    }

    private static String counts(Map<GeneratedFiles.Outcome, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (GeneratedFiles.Outcome o : GeneratedFiles.Outcome.values()) {
            parts.add(counts.getOrDefault(o, 0) + " " + o.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return String.join(", ", parts);
    }
}
