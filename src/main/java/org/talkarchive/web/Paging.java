package org.talkarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talkarchive.web.view.Pager;

/**
 * The {@code page} parameter of the directory pages and list endpoints. Every list is paged so a page costs the same
 * at 30 talks and at 20,000.
 */
final class Paging {

    private Paging() {
    }

    /** The requested page, from 1; a malformed or out-of-range value is a 400 that names it. */
    static int page(Map<String, List<String>> params) {
        return number(params, "page", 1, SearchParams.MAX_PAGE);
    }

    /** A whole-number parameter between 1 and {@code max}; a malformed or out-of-range value is a 400. */
    static int number(Map<String, List<String>> params, String name, int fallback, int max) {
        String raw = SearchParams.single(params, name, String.valueOf(fallback));
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, with the allowed range
        }
        throw RequestException.badParameter("bad_" + name, name,
                name + " must be a whole number between 1 and " + max + ": " + raw);
    }

    static int pages(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** A page past the end is a 404, so a crawler following stale links stops. */
    static void requireExists(int page, int total, int size) {
        if (page > pages(total, size)) {
            throw RequestException.notFound("There is no page " + page + " (the list has " + pages(total, size)
                    + ").");
        }
    }

    /** The items of one page of an in-memory list (lists whose size is bounded by the corpus' small files). */
    static <T> List<T> slice(List<T> all, int page, int size) {
        int from = Math.min(all.size(), (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    /**
     * Links to the neighbouring pages of {@code path} with {@code params} (the other parameters of the list,
     * e.g. its filters, kept on every page).
     */
    static Pager pager(String path, List<Map.Entry<String, String>> params, int page, int total, int size) {
        int pages = pages(total, size);
        return new Pager(page, pages, page > 1 ? url(path, params, page - 1) : null,
                page < pages ? url(path, params, page + 1) : null);
    }

    static String url(String path, List<Map.Entry<String, String>> params, int page) {
        List<Map.Entry<String, String>> all = new ArrayList<>(params);
        if (page > 1) {
            all.add(Map.entry("page", String.valueOf(page)));
        }
        return path + SearchUrls.query(all);
    }

    /** Rejects parameters a list does not take, naming the ones it does. */
    static void allowOnly(Map<String, List<String>> params, List<String> allowed) {
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw RequestException.badParameter("unknown_parameter", name,
                        "unknown parameter: " + name + " (use " + String.join(", ", allowed) + ")");
            }
        }
    }
}
