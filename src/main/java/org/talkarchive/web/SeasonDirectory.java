package org.talkarchive.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.TalkSummary;

/** Each season's span of dates and its most frequent topics, from a few small searches per season. */
final class SeasonDirectory {

    static final int THEMES = 4;
    /** Announced talks without a date sort first; this many are skipped looking for the newest dated one. */
    private static final int NEWEST_SCAN = 20;

    /**
     * @param value  the season facet value, e.g. "3"
     * @param first  null when no talk of the season has a date yet
     * @param topics its curated topics, most talks first
     */
    record Summary(int number, String value, int count, LocalDate first, LocalDate last, List<FacetValue> topics) {
    }

    private final ArchiveCatalog catalog;

    SeasonDirectory(ArchiveCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every season, in order. */
    List<Summary> seasons() {
        return catalog.facet(FacetDimension.SEASON.field(), Map.of()).stream()
                .filter(v -> Seasons.number(v.value()) > 0)
                .sorted(Comparator.comparingInt(v -> Seasons.number(v.value())))
                .map(this::summary).toList();
    }

    private Summary summary(FacetValue season) {
        Map<String, List<String>> filter = Map.of(FacetDimension.SEASON.field(), List.of(season.value()));
        // Browsing sorts newest first (undated first): the newest date is near the top, the oldest on the last page.
        List<TalkSummary> newest = catalog.browse(filter, 1, Math.min(NEWEST_SCAN, Math.max(1, season.count())))
                .talks();
        LocalDate last = newest.stream().map(TalkSummary::date).filter(Objects::nonNull).findFirst().orElse(null);
        LocalDate first = catalog.browse(filter, Math.max(1, season.count()), 1).talks().stream()
                .map(TalkSummary::date).filter(Objects::nonNull).findFirst().orElse(last);
        List<FacetValue> topics = catalog.facet(FacetDimension.TOPIC.field(), filter).stream()
                .filter(v -> v.count() > 0).limit(THEMES).toList();
        return new Summary(Seasons.number(season.value()), season.value(), season.count(), first, last, topics);
    }
}
