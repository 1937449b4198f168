package org.talkarchive.search;

import java.util.Arrays;
import java.util.Optional;

/** The facet dimensions every front end may filter on; names are the request parameter names. */
public enum FacetDimension {
    TOPIC("topic", "Topic"),
    /** Topics the indexer inferred for talks the organisers did not tag; kept apart from curated topics. */
    INFERRED_TOPIC("inferred_topic", "Topic (inferred)"),
    DATASET("dataset", "Dataset"),
    SEASON("season", "Season"),
    YEAR("year", "Year"),
    SPEAKER("speaker", "Speaker"),
    AFFILIATION("affiliation", "Affiliation"),
    COUNTRY("country", "Country"),
    STATUS("status", "Status"),
    HAS_VIDEO("has_video", "Video"),
    HAS_TRANSCRIPT("has_transcript", "Transcript"),
    SERIES("series", "Series"),
    /** Tags that came with imported talks; kept apart from the curated topics. */
    SOURCE_TAG("source_tag", "Source tag");

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

    /** Rejects a value this dimension can never have (seasons and years are numbers; flags are yes or no). */
    void checkValue(String value) {
        boolean valid = switch (this) {
            case SEASON -> value.matches("\\d{1,4}");
            case YEAR -> value.matches("\\d{4}");
            case STATUS -> value.equals("past") || value.equals("upcoming");
            case HAS_VIDEO, HAS_TRANSCRIPT -> value.equals("yes") || value.equals("no");
            default -> !value.isBlank() && value.length() <= 200;
        };
        if (!valid) {
            throw new InvalidRequestException("bad_facet_value", parameter,
                    "not a valid " + parameter + ": \"" + value + "\"" + expected());
        }
    }

    private String expected() {
        return switch (this) {
            case SEASON -> " (a season number)";
            case YEAR -> " (a year, e.g. 2024)";
            case STATUS -> " (past or upcoming)";
            case HAS_VIDEO, HAS_TRANSCRIPT -> " (yes or no)";
            default -> " (1-200 characters)";
        };
    }

    public static Optional<FacetDimension> byName(String name) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(name)).findFirst();
    }
}
