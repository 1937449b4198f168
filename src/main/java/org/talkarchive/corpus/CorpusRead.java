package org.talkarchive.corpus;

import java.util.Optional;
import java.util.Set;

/**
 * What {@link CorpusReader#readChanged} read: the talks whose files changed since an earlier read (all of them
 * without one), the ids of the talks it did not read, and what it saw of every talk's files, for the next read.
 *
 * @param corpus    taxonomy, datasets, archive identity, and the talks read with their passages
 * @param unchanged ids of the talks whose files are as the earlier read recorded them (not read)
 * @param files     every talk's files as this read saw them
 * @param previous  the earlier read's files this one was compared with; empty when every talk was read
 * @param compared  unchanged talks whose size or time differed, so their bytes were hashed (not parsed)
 */
public record CorpusRead(Corpus corpus, Set<String> unchanged, CorpusFiles files, Optional<CorpusFiles> previous,
                         int compared) {

    public CorpusRead {
        unchanged = Set.copyOf(unchanged);
    }

    /** Talks in the corpus now, read or not. */
    public int talkCount() {
        return files.talks().size();
    }
}
