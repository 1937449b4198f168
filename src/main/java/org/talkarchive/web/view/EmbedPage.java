package org.talkarchive.web.view;

import java.util.List;
import org.talkarchive.web.EmbedOptions;
import org.talkarchive.web.EmbedSnippets;
import org.talkarchive.web.WidgetOption;

/**
 * The /embed page: a form that tailors the snippet, the snippet itself, a live preview, and the options table.
 *
 * @param scriptSnippet the script tag and element to paste, fallback form included
 * @param frameSnippet  the iframe variant to paste
 * @param scriptPath    this app's versioned widget script, for the preview
 * @param framePath     this app's frame URL for these options, for the preview
 * @param filters       one choice per widget facet dimension, for the form
 */
public record EmbedPage(EmbedOptions options, String scriptSnippet, String frameSnippet, String scriptPath,
                        String framePath, List<Filter> filters, List<WidgetOption> attributes, int maxLimit) {

    /**
     * One filter attribute the form offers.
     *
     * @param any the label of the empty choice
     */
    public record Filter(String field, String label, String any, List<SearchPage.Option> values) {
    }

    /** The preview widget's start tag, its attributes escaped. */
    public String previewTag() {
        return EmbedSnippets.openTag(options, "id=\"preview\"");
    }
}
