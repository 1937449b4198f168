package org.talkarchive.solr;

import org.talkarchive.index.FacetDimension;

/**
 * Field names of the Solr schema that differ from the embedded index's ({@code index.Fields}, whose names the schema
 * otherwise keeps): Solr wants a unique key per document and a field per facet.
 */
final class SolrFields {
    private SolrFields() {
    }

    /** "talk", "passage" or "meta". */
    static final String TYPE = "type";
    static final String TYPE_META = "meta";
    /** Unique key: the talk id for a talk, {@link #passageKey} for a passage. */
    static final String KEY = "id";
    /** The talk a talk or passage document belongs to (index.Fields.ID in the embedded index). */
    static final String TALK_ID = "talk_id";
    /** A passage's text as shown (its searchable copy is the unstored "transcript"). */
    static final String PASSAGE_TEXT = "passage_text";
    /** The build's meta values as JSON, on the one meta document. */
    static final String META_JSON = "meta_json";
    static final String META_KEY = "_meta";

    /** The order a build wrote the talks in: breaks ties in date order as the embedded index's doc ids do. */
    static final String POSITION = "position";

    /** The docValues field that holds a dimension's values: "facet_" + the dimension's field. */
    static String facet(FacetDimension dimension) {
        return "facet_" + dimension.field();
    }

    static String passageKey(String talkId, int ordinal) {
        return talkId + "#" + ordinal;
    }
}
