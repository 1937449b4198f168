package org.talkarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talkarchive.corpus.CorpusFiles;

/**
 * The index being served, as the starting point of a build: its name, the metadata it was built with, the
 * {@link TalkFingerprint} of each of its talks (read only when a build asks: at 20,000 talks that is a second), and
 * what the read of the corpus it was built from saw of the talk files, when it kept that.
 */
public final class PublishedIndex {

    /** The metadata a published index must share with a new build to be updated in place of a rebuild. */
    private static final List<String> SHARED = List.of(Fields.META_MODEL, Fields.META_DIMENSION, Fields.META_TOPICS,
            Fields.META_DATASETS, Fields.META_LAYOUT);

    /** Reads talk id to fingerprint from the index. */
    @FunctionalInterface
    public interface FingerprintSource {
        Map<String, String> read() throws IOException;
    }

    private final String name;
    private final Map<String, String> meta;
    private final FingerprintSource source;
    private final Optional<CorpusFiles> files;
    private Map<String, String> fingerprints;

    public PublishedIndex(String name, Map<String, String> meta, Map<String, String> fingerprints) {
        this(name, meta, () -> fingerprints, Optional.empty());
    }

    /** @param files what the corpus read of this index saw (see {@link CorpusFiles}), if it was kept */
    public PublishedIndex(String name, Map<String, String> meta, FingerprintSource fingerprints,
                          Optional<CorpusFiles> files) {
        this.name = name;
        this.meta = Map.copyOf(meta);
        this.source = fingerprints;
        this.files = files;
    }

    public String name() {
        return name;
    }

    public Map<String, String> meta() {
        return meta;
    }

    /** Talk id to fingerprint, read from the index on the first call. */
    public synchronized Map<String, String> fingerprints() {
        if (fingerprints == null) {
            try {
                fingerprints = Map.copyOf(source.read());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the talks of " + name, e);
            }
        }
        return fingerprints;
    }

    /** What the corpus read of this index saw of the talk files; empty when it was not kept (an older build). */
    public Optional<CorpusFiles> files() {
        return files;
    }

    /**
     * Whether a build with this metadata may update the index instead of rebuilding it: only when model, taxonomy,
     * datasets and document layout are the same, since those shape every talk's documents.
     */
    boolean updatableTo(Map<String, String> buildMeta) {
        return SHARED.stream().allMatch(key -> buildMeta.get(key).equals(meta.get(key)));
    }
}
