package org.talkarchive.search;

import java.util.Arrays;
import java.util.Optional;

/** The facet dimensions every front end may filter on; names are the request parameter names. */
public enum FacetDimension {
    TOPIC("topic", "Topic"),
    DATASET("dataset", "Dataset"),
    SEASON("season", "Season"),
    YEAR("year", "Year"),
    SPEAKER("speaker", "Speaker"),
    AFFILIATION("affiliation", "Affiliation"),
    COUNTRY("country", "Country"),
    STATUS("status", "Status"),
    HAS_VIDEO("has_video", "Video"),
    HAS_TRANSCRIPT("has_transcript", "Transcript");

    private final String parameter;
    private final String label;

    FacetDimension(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The request parameter and index dimension name, e.g. "has_video". */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public static Optional<FacetDimension> byName(String name) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(name)).findFirst();
    }
}
