package org.talkarchive.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusRead;
import org.talkarchive.corpus.Talk;

/**
 * What a build writes: every talk into an empty index, or, when the published index can be updated, only the talks
 * that are new or changed (by {@link TalkFingerprint}) and deletions of the talks that are gone.
 *
 * @param previous the published index the build updates, or empty for a full build
 * @param talks    talks in the corpus after the build (the corpus holds only those read when the read skipped some)
 */
record BuildPlan(Corpus corpus, Optional<PublishedIndex> previous, List<Talk> toWrite, List<String> removed,
                 int talks) {

    /** @param meta the build's metadata: the published index is only updated when it was built alike */
    static BuildPlan of(Corpus corpus, Optional<PublishedIndex> published, Map<String, String> meta) {
        Optional<PublishedIndex> previous = published.filter(p -> p.updatableTo(meta));
        if (previous.isEmpty()) {
            return new BuildPlan(corpus, previous, corpus.talks(), List.of(), corpus.talks().size());
        }
        List<Talk> changed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Talk talk : corpus.talks()) {
            ids.add(talk.id());
            String before = previous.get().fingerprints().get(talk.id());
            if (!TalkFingerprint.of(talk, corpus.passages(talk.id())).equals(before)) {
                changed.add(talk);
            }
        }
        List<String> removed = previous.get().fingerprints().keySet().stream()
                .filter(id -> !ids.contains(id)).sorted().toList();
        return new BuildPlan(corpus, previous, changed, removed, corpus.talks().size());
    }

    /**
     * The plan of a build whose corpus read skipped the talks unchanged since the published index's build: every talk
     * read is written (its files changed), and the talks that read found and this one did not are deleted.
     *
     * @param published the index the earlier read built, which must be updatable to this build's metadata
     */
    static BuildPlan of(CorpusRead read, Optional<PublishedIndex> published, Map<String, String> meta) {
        if (read.previous().isEmpty()) {
            return of(read.corpus(), published, meta);
        }
        Optional<PublishedIndex> previous = published.filter(p -> p.updatableTo(meta));
        if (previous.isEmpty()) {
            throw new IllegalArgumentException("a partial read needs an index to update");
        }
        Set<String> now = read.files().ids();
        List<String> removed = read.previous().get().ids().stream().filter(id -> !now.contains(id)).sorted().toList();
        return new BuildPlan(read.corpus(), previous, read.corpus().talks(), removed, read.talkCount());
    }

    boolean isUpdate() {
        return previous.isPresent();
    }

    IndexSummary.Changes changes() {
        return new IndexSummary.Changes(previous.isPresent(), toWrite.size(), talks - toWrite.size(), removed.size());
    }
}
