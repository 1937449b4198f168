package org.talkarchive.web;

import java.util.List;

/**
 * One attribute of {@code <talk-search>}, as the /embed page documents it.
 *
 * @param values   what may be given, in words
 * @param fallback what happens when the attribute is left out
 */
public record WidgetOption(String name, String values, String fallback, String meaning) {

    /** Every attribute widget.js reads; keep in step with the script. */
    public static final List<WidgetOption> ALL = List.of(
            new WidgetOption("topic", "a topic id, e.g. fairness", "all topics",
                    "Only talks on this topic."),
            new WidgetOption("season", "a season number, e.g. 4", "all seasons",
                    "Only talks of this season."),
            new WidgetOption("speaker", "a speaker's name as the archive writes it", "all speakers",
                    "Only talks by this speaker."),
            new WidgetOption("mode", "hybrid, keyword or semantic", "hybrid",
                    "How queries are matched: words, meaning, or both."),
            new WidgetOption("limit", "1 to " + EmbedOptions.MAX_LIMIT, String.valueOf(EmbedOptions.DEFAULT_LIMIT),
                    "How many talks the list shows; a link leads to the rest in the archive."),
            new WidgetOption("placeholder", "text", "Search talks",
                    "The hint in the empty search box, also its accessible name."),
            new WidgetOption("label", "text", "the placeholder",
                    "The search box's accessible name, when it should differ from the placeholder."),
            new WidgetOption("theme", "light or dark", "follows the visitor's colour scheme",
                    "Forces the light or the dark colours."),
            new WidgetOption("target", "_blank, _top or a frame name", "same window",
                    "Where result links open."),
            new WidgetOption("inline", "present or absent", "absent",
                    "Shows the results below the box in the page's flow instead of a dropdown over the page."),
            new WidgetOption("feed", "present or absent", "absent",
                    "Adds a link to the archive's Atom feed of the typed search and the widget's filters, so a "
                            + "visitor can follow new talks on it."),
            new WidgetOption("suggest", "off", "on",
                    "Turns off the completions shown above the results."),
            new WidgetOption("archive", "the archive's address", "where widget.js was loaded from",
                    "Needed only when widget.js is served from another address than the archive's API."));
}
