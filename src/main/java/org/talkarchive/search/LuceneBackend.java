package org.talkarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexLocation;

/** The embedded backend: an index folder of generation folders, the one named by {@code CURRENT} published. */
public final class LuceneBackend implements SearchBackend {

    private final Path indexDir;
    private final IndexLocation location;
    /** What the engine opened last read of its segments: the next generation reuses those it still has. */
    private Map<String, LuceneTalkIndex.LoadedSegment> lastSegments = Map.of();

    public LuceneBackend(Path indexDir) {
        this.indexDir = indexDir;
        this.location = new IndexLocation(indexDir);
    }

    @Override
    public Optional<String> published() {
        return location.current().map(gen -> gen.getFileName().toString());
    }

    /** Reuses what the engine opened before read of the segments the new generation still has. */
    @Override
    public synchronized SearchEngine open(String published) throws IOException {
        LuceneTalkIndex index = new LuceneTalkIndex(location.root().resolve(published), lastSegments);
        lastSegments = index.segments();
        return index;
    }

    /** Reads only the commit's metadata (not its segments): no need to load every talk to learn the model. */
    @Override
    public Optional<String> indexedModel() throws IOException {
        Optional<Path> generation = location.current();
        if (generation.isEmpty()) {
            return Optional.empty();
        }
        try (FSDirectory dir = FSDirectory.open(generation.get())) {
            return Optional.ofNullable(SegmentInfos.readLatestCommit(dir).getUserData().get(Fields.META_MODEL));
        }
    }

    @Override
    public String describe() {
        return indexDir.toString();
    }
}
