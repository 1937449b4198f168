package org.talkarchive.web;

import java.util.Map;
import java.util.function.Function;
import org.talkarchive.search.Catalogue;

/**
 * A value worked out from one index generation's catalogue, kept until the searcher serves another generation:
 * lists that every visit of a page needs (speakers A-Z, the sitemap's URLs) cost tens of milliseconds to make at
 * 20,000 talks, and they change only with the index.
 */
final class PerCatalogue<T> {

    private final Function<Catalogue, T> compute;
    /** The catalogue the value was made from, and the value. */
    private volatile Map.Entry<Catalogue, T> last;

    PerCatalogue(Function<Catalogue, T> compute) {
        this.compute = compute;
    }

    T get(Catalogue current) {
        Map.Entry<Catalogue, T> seen = last;
        if (seen != null && seen.getKey() == current) {
            return seen.getValue();
        }
        T value = compute.apply(current);
        last = Map.entry(current, value);
        return value;
    }
}
