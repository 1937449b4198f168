package org.talkarchive.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.SearchMode;

/**
 * The attributes of one {@code <talk-search>} element, read from the query of {@code /embed} (to tailor the snippet)
 * and {@code /embed/frame} (the iframe variant). Values that would make a widget search nothing are refused here,
 * naming the parameter, so a site owner sees the mistake before pasting the snippet.
 *
 * @param filters one value per widget facet dimension that is set ({@link FacetDimension#widget()}), by field name
 * @param limit   null for the widget's default
 */
public record EmbedOptions(Map<String, String> filters, String mode, Integer limit, String placeholder,
                           String theme) {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;
    public static final int MAX_PLACEHOLDER = 80;
    static final Set<String> THEMES = Set.of("auto", "light", "dark");
    /** The widget's filter attributes: the facet dimensions declared for it. */
    static final List<String> FILTERS = Stream.of(FacetDimension.values()).filter(FacetDimension::widget)
            .map(FacetDimension::field).toList();
    static final List<String> PARAMETERS = Stream.concat(FILTERS.stream(),
            Stream.of("mode", "limit", "placeholder", "theme")).toList();

    public EmbedOptions {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    public static EmbedOptions none() {
        return new EmbedOptions(Map.of(), null, null, null, null);
    }

    /**
     * @param known the values each widget dimension has in the archive, by field name: a filter must name one
     */
    public static EmbedOptions parse(Map<String, List<String>> params, Map<String, Set<String>> known) {
        for (String name : params.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw RequestException.badParameter("unknown_parameter", name,
                        "unknown parameter: " + name + " (use " + String.join(", ", PARAMETERS) + ")");
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String field : FILTERS) {
            String value = oneOf(params, field, known.getOrDefault(field, Set.of()));
            if (value != null) {
                filters.put(field, value);
            }
        }
        String mode = value(params, "mode");
        if (mode != null) {
            try {
                mode = SearchMode.parse(mode).label();
            } catch (IllegalArgumentException e) {
                throw RequestException.badParameter("bad_mode", "mode", e.getMessage());
            }
        }
        Integer limit = limit(value(params, "limit"));
        String placeholder = value(params, "placeholder");
        if (placeholder != null && placeholder.length() > MAX_PLACEHOLDER) {
            throw RequestException.badParameter("bad_placeholder", "placeholder",
                    "placeholder is longer than " + MAX_PLACEHOLDER + " characters");
        }
        String theme = value(params, "theme");
        if (theme != null && !THEMES.contains(theme)) {
            throw RequestException.badParameter("bad_theme", "theme",
                    "unknown theme: " + theme + " (use auto, light or dark)");
        }
        return new EmbedOptions(filters, mode, limit, placeholder, "auto".equals(theme) ? null : theme);
    }

    /** The filter value set for a dimension, or null. */
    public String filter(String field) {
        return filters.get(field);
    }

    /** The element's attributes in a stable order, only those that are set. */
    public Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>(filters);
        put(out, "mode", mode);
        put(out, "limit", limit == null ? null : limit.toString());
        put(out, "placeholder", placeholder);
        put(out, "theme", theme);
        return out;
    }

    /** The filters the archive's own search page understands, for the no-JavaScript fallback form. */
    public Map<String, String> searchFilters() {
        Map<String, String> out = new LinkedHashMap<>(filters);
        put(out, "mode", mode);
        return out;
    }

    /** The placeholder the widget shows, its default included. */
    public String effectivePlaceholder() {
        return placeholder != null ? placeholder : "Search talks";
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String oneOf(Map<String, List<String>> params, String name, Set<String> allowed) {
        String value = value(params, name);
        if (value != null && !allowed.contains(value)) {
            throw RequestException.badParameter("unknown_" + name, name, "no " + name.replace('_', ' ')
                    + " in the archive is called " + value);
        }
        return value;
    }

    private static Integer limit(String raw) {
        if (raw == null) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw RequestException.badParameter("bad_limit", "limit", "limit must be a whole number: " + raw);
        }
        if (value < 1 || value > MAX_LIMIT) {
            throw RequestException.badParameter("bad_limit", "limit",
                    "limit must be between 1 and " + MAX_LIMIT + ": " + value);
        }
        return value;
    }

    /** One value, blank meaning absent (an empty form field). */
    private static String value(Map<String, List<String>> params, String name) {
        String value = SearchParams.single(params, name, "").strip();
        return value.isEmpty() ? null : value;
    }
}
