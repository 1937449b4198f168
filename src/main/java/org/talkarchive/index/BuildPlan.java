package org.talkarchive.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.Talk;

/**
 * What a build writes: every talk into an empty index, or, when the published index can be updated, only the talks
 * that are new or changed (by {@link TalkFingerprint}) and deletions of the talks that are gone.
 *
 * @param previous the published index the build updates, or empty for a full build
 */
record BuildPlan(Corpus corpus, Optional<PublishedIndex> previous, List<Talk> toWrite, List<String> removed) {

    /** @param meta the build's metadata: the published index is only updated when it was built alike */
    static BuildPlan of(Corpus corpus, Optional<PublishedIndex> published, Map<String, String> meta) {
        Optional<PublishedIndex> previous = published.filter(p -> p.updatableTo(meta));
        if (previous.isEmpty()) {
            return new BuildPlan(corpus, previous, corpus.talks(), List.of());
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
        return new BuildPlan(corpus, previous, changed, removed);
    }

    boolean isUpdate() {
        return previous.isPresent();
    }

    IndexSummary.Changes changes() {
        return new IndexSummary.Changes(previous.isPresent(), toWrite.size(),
                corpus.talks().size() - toWrite.size(), removed.size());
    }
}
