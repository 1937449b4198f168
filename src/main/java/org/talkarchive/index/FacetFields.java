package org.talkarchive.index;

import org.apache.lucene.facet.FacetsConfig;

/** The facet dimensions of talk documents (names match the request parameters of the search API). */
public final class FacetFields {
    public static final String TOPIC = "topic";
    /** Topics inferred for untagged talks: a dimension of their own, never mixed with the curated ones. */
    public static final String INFERRED_TOPIC = "inferred_topic";
    public static final String DATASET = "dataset";
    public static final String SEASON = "season";
    public static final String YEAR = "year";
    public static final String SPEAKER = "speaker";
    public static final String AFFILIATION = "affiliation";
    public static final String COUNTRY = "country";
    public static final String STATUS = "status";
    public static final String HAS_VIDEO = "has_video";
    public static final String HAS_TRANSCRIPT = "has_transcript";
    /** The series or event a talk belongs to: one archive may hold many. */
    public static final String SERIES = "series";
    /** Free-text tags from the talk's source (YouTube, PyVideo): a dimension of their own, never curated topics. */
    public static final String SOURCE_TAG = "source_tag";

    private FacetFields() {
    }

    /** Sorted-set doc values facets; the multi-valued dimensions are declared so counts stay per talk. */
    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {TOPIC, INFERRED_TOPIC, DATASET, SPEAKER, AFFILIATION, COUNTRY, SOURCE_TAG}) {
            config.setMultiValued(dim, true);
        }
        return config;
    }
}
