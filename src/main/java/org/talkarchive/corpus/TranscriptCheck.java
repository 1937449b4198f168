package org.talkarchive.corpus;

import java.nio.file.Path;
import java.util.List;

/** Checks a captions file as {@code index} will read it, before an import copies it into a corpus. */
public final class TranscriptCheck {

    private TranscriptCheck() {
    }

    /** The problems {@code index} would report for this file (empty when it reads), named as {@code shown}. */
    public static List<Problem> problems(Path file, String shown) {
        Problems problems = new Problems();
        StrictUtf8.read(file, shown, problems).ifPresent(text -> TranscriptReader.parse(text,
                TranscriptReader.Format.ofFileName(file.getFileName().toString()), shown, problems));
        return problems.list();
    }
}
