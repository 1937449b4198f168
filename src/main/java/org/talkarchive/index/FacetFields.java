package org.talkarchive.index;

import org.apache.lucene.facet.FacetsConfig;

/** Lucene's view of the {@link FacetDimension}s: one sorted-set doc values facet field per dimension. */
public final class FacetFields {

    private FacetFields() {
    }

    /** The multi-valued dimensions are declared so counts stay per talk, not per value. */
    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension dim : FacetDimension.values()) {
            config.setMultiValued(dim.field(), dim.multiValued());
        }
        return config;
    }
}
