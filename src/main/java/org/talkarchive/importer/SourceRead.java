package org.talkarchive.importer;

import java.util.List;
import org.talkarchive.corpus.Problem;

/** What an importer read from its source: the talks, and the records it had to skip (file, line, why). */
public record SourceRead(List<ImportedTalk> talks, List<Problem> skipped) {
    public SourceRead {
        talks = List.copyOf(talks);
        skipped = List.copyOf(skipped);
    }
}
