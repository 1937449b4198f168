package org.talkarchive.index;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;

/**
 * The facet dimensions of the archive, declared once. Everything else derives from this list: the index's facet
 * fields (Lucene's facets config, Solr's docValues fields), the searcher's filters and drill-sideways counts, the
 * search API's parameters and its OpenAPI document, the {@code search} command's options and the widget's
 * attributes. Labels are presentation and live in the web layer ({@code FacetLabels}).
 *
 * <p>To add a dimension, add one entry here: its name (the index field, the API parameter, and the CLI option with
 * "_" written "-"), whether a talk can have several values, what a value looks like, how its values are read from
 * a {@link Faceted} talk, how values are ordered, and whether the widget offers it as an attribute. Rebuild the
 * index. The web layer labels it from its name ("source_tag" reads "Source tag") unless {@code FacetLabels} says
 * otherwise.
 */
public enum FacetDimension {
    TOPIC("topic", true, ValueKind.TEXT, Order.BY_COUNT, true, t -> t.talk().topics()),
    /** Topics the indexer inferred for talks the organisers did not tag; kept apart from curated topics. */
    INFERRED_TOPIC("inferred_topic", true, ValueKind.TEXT, Order.BY_COUNT, false, Faceted::inferredTopics),
    DATASET("dataset", true, ValueKind.TEXT, Order.BY_COUNT, false, Faceted::datasets),
    /** Absent for a series without seasons (PyVideo events, YouTube channels). */
    SEASON("season", false, ValueKind.SEASON, Order.ASCENDING, true,
            t -> t.talk().season() == null ? List.of() : List.of(String.valueOf(t.talk().season()))),
    YEAR("year", false, ValueKind.YEAR, Order.DESCENDING, false,
            t -> t.talk().date() == null ? List.of() : List.of(String.valueOf(t.talk().date().getYear()))),
    SPEAKER("speaker", true, ValueKind.TEXT, Order.BY_COUNT, true, t -> ofSpeakers(t.talk(), Speaker::name)),
    AFFILIATION("affiliation", true, ValueKind.TEXT, Order.BY_COUNT, false,
            t -> ofSpeakers(t.talk(), Speaker::affiliation)),
    COUNTRY("country", true, ValueKind.TEXT, Order.BY_COUNT, false, t -> ofSpeakers(t.talk(), Speaker::country)),
    STATUS("status", false, ValueKind.STATUS, Order.BY_COUNT, false, t -> List.of(t.talk().status().label())),
    HAS_VIDEO("has_video", false, ValueKind.FLAG, Order.BY_COUNT, false,
            t -> List.of(flag(t.talk().youtubeId().isPresent()))),
    HAS_TRANSCRIPT("has_transcript", false, ValueKind.FLAG, Order.BY_COUNT, false,
            t -> List.of(flag(t.hasTranscript()))),
    /** The series or event a talk belongs to: one archive may hold many. */
    SERIES("series", false, ValueKind.TEXT, Order.BY_COUNT, false, t -> nullable(t.talk().series())),
    /** Tags that came with imported talks (YouTube, PyVideo); kept apart from the curated topics. */
    SOURCE_TAG("source_tag", true, ValueKind.TEXT, Order.BY_COUNT, false, t -> t.talk().tags());

    /** The longest text value a filter may name. */
    public static final int MAX_TEXT = 200;

    /** How the values of a dimension are listed: by how many talks have them, or by the value itself. */
    public enum Order { BY_COUNT, ASCENDING, DESCENDING }

    private final String field;
    private final boolean multiValued;
    private final ValueKind kind;
    private final Order order;
    private final boolean widget;
    private final Function<Faceted, Collection<String>> values;

    FacetDimension(String field, boolean multiValued, ValueKind kind, Order order, boolean widget,
                   Function<Faceted, Collection<String>> values) {
        this.field = field;
        this.multiValued = multiValued;
        this.kind = kind;
        this.order = order;
        this.widget = widget;
        this.values = values;
    }

    /** The index field, which is also the API parameter, e.g. "has_video". */
    public String field() {
        return field;
    }

    /** Whether a talk can have several values (counts then stay per talk, not per value). */
    public boolean multiValued() {
        return multiValued;
    }

    public Order order() {
        return order;
    }

    /** Whether the embeddable widget accepts this dimension as a filter attribute. */
    public boolean widget() {
        return widget;
    }

    /** The talk's values in this dimension, as the index holds them (normalised, blank ones dropped). */
    public Set<String> valuesOf(Faceted talk) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values.apply(talk)) {
            String normal = normalise(value);
            if (!normal.isBlank()) {
                out.add(normal);
            }
        }
        return out;
    }

    /** A filter value as the index holds it, e.g. season "04" as "4" and a name without zero-width characters. */
    public String normalise(String value) {
        return kind.normalise(value);
    }

    /** Whether a value can occur in this dimension at all (seasons and years are numbers, flags yes or no). */
    public boolean accepts(String value) {
        return kind.accepts(value);
    }

    /** What a value of this dimension looks like, for messages, e.g. "a year, e.g. 2024". */
    public String expected() {
        return kind.expected();
    }

    /** The allowed values when the dimension has a fixed set (flags, status), else empty. */
    public List<String> allowedValues() {
        return kind.allowed();
    }

    /** The pattern every value matches, for schemas (OpenAPI), or empty when any short text will do. */
    public Optional<String> pattern() {
        return kind.pattern();
    }

    public static Optional<FacetDimension> byField(String field) {
        return Arrays.stream(values()).filter(d -> d.field.equals(field)).findFirst();
    }

    private static String flag(boolean value) {
        return value ? "yes" : "no";
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> ofSpeakers(Talk talk, Function<Speaker, String> attribute) {
        return talk.speakers().stream().map(attribute).filter(v -> v != null).toList();
    }
}
