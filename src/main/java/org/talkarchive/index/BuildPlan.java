package org.talkarchive.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.Talk;

/**
 * What a build writes: every talk into an empty generation, or, when the served generation can be updated, only
 * the talks that are new or changed (by {@link TalkFingerprint}) and deletions of the talks that are gone.
 */
record BuildPlan(Corpus corpus, Optional<PreviousGeneration> previous, List<Talk> toWrite, List<String> removed) {

    static BuildPlan of(Corpus corpus, Optional<PreviousGeneration> previous) {
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

    IndexSummary.Changes changes() {
        return new IndexSummary.Changes(previous.isPresent(), toWrite.size(),
                corpus.talks().size() - toWrite.size(), removed.size());
    }
}
