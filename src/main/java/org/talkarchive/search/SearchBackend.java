package org.talkarchive.search;

import java.io.IOException;
import java.util.Optional;
import org.talkarchive.index.Fields;

/**
 * Where a {@link TalkSearcher} finds its index: the name of the index now published, and an engine over it. Lucene:
 * an index folder whose {@code CURRENT} names a generation folder ({@link LuceneBackend}); SolrCloud: an alias naming
 * a collection. {@link TalkSearcher#refresh()} opens a new engine when the published name changes.
 */
public interface SearchBackend {

    /** The published index's name (a generation folder, a collection), or empty when nothing was built yet. */
    Optional<String> published() throws IOException;

    /** An engine over the index of that name; the caller closes it. */
    SearchEngine open(String published) throws IOException;

    /** The embedding model the published index was built with, if there is one. */
    default Optional<String> indexedModel() throws IOException {
        Optional<String> name = published();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try (SearchEngine engine = open(name.get())) {
            return Optional.ofNullable(engine.meta().get(Fields.META_MODEL));
        }
    }

    /** Where the index lives, for messages ("index/", "solr alias talks at http://..."). */
    String describe();
}
