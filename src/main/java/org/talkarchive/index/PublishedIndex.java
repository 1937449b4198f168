package org.talkarchive.index;

import java.util.List;
import java.util.Map;

/**
 * The index being served, as the starting point of a build: its name, the metadata it was built with and the
 * {@link TalkFingerprint} of each of its talks.
 *
 * @param fingerprints talk id to fingerprint
 */
public record PublishedIndex(String name, Map<String, String> meta, Map<String, String> fingerprints) {

    /** The metadata a published index must share with a new build to be updated in place of a rebuild. */
    private static final List<String> SHARED = List.of(Fields.META_MODEL, Fields.META_DIMENSION, Fields.META_TOPICS,
            Fields.META_DATASETS, Fields.META_LAYOUT);

    public PublishedIndex {
        meta = Map.copyOf(meta);
        fingerprints = Map.copyOf(fingerprints);
    }

    /**
     * Whether a build with this metadata may update the index instead of rebuilding it: only when model, taxonomy,
     * datasets and document layout are the same, since those shape every talk's documents.
     */
    boolean updatableTo(Map<String, String> buildMeta) {
        return SHARED.stream().allMatch(key -> buildMeta.get(key).equals(meta.get(key)));
    }
}
