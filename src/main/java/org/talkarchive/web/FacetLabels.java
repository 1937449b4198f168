package org.talkarchive.web;

import java.util.Locale;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;

/**
 * What people read for a facet dimension and its values. A dimension not named here is labelled from its field
 * name ("source_tag" reads "Source tag"), so a new dimension needs no entry unless that reads badly.
 */
final class FacetLabels {

    private FacetLabels() {
    }

    static String dimension(FacetDimension dim) {
        return switch (dim) {
            case INFERRED_TOPIC -> "Topic (inferred)";
            case HAS_VIDEO -> "Video";
            case HAS_TRANSCRIPT -> "Transcript";
            default -> fromField(dim.field());
        };
    }

    static String dimension(String field) {
        return FacetDimension.byField(field).map(FacetLabels::dimension).orElse(fromField(field));
    }

    /** A value's label: the archive's name for it (topic and dataset names), or words for flags and numbers. */
    static String value(String field, FacetValue value) {
        String v = value.value();
        return switch (FacetDimension.byField(field).orElseThrow()) {
            case SEASON -> "Season " + v;
            case HAS_VIDEO -> "yes".equals(v) ? "With video" : "Without video";
            case HAS_TRANSCRIPT -> "yes".equals(v) ? "With transcript" : "Without transcript";
            case STATUS -> "past".equals(v) ? "Past" : "Upcoming";
            default -> value.name();
        };
    }

    private static String fromField(String field) {
        String words = field.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
