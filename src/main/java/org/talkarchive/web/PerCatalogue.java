package org.talkarchive.web;

import java.lang.ref.WeakReference;
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
    /**
     * The catalogue the value was made from, and the value. The catalogue weakly: a replaced generation's talks must
     * not stay in memory because a page that would notice has not been visited since.
     */
    private volatile Map.Entry<WeakReference<Catalogue>, T> last;

    PerCatalogue(Function<Catalogue, T> compute) {
        this.compute = compute;
    }

    T get(Catalogue current) {
        Map.Entry<WeakReference<Catalogue>, T> seen = last;
        if (seen != null && seen.getKey().get() == current) {
            return seen.getValue();
        }
        T value = compute.apply(current);
        last = Map.entry(new WeakReference<>(current), value);
        return value;
    }
}
