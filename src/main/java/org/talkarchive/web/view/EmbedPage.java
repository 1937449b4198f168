package org.talkarchive.web.view;

import java.util.List;
import org.talkarchive.web.EmbedOptions;
import org.talkarchive.web.WidgetOption;

/**
 * The /embed page: a form that tailors the snippet, the snippet itself, a live preview, and the options table.
 *
 * @param scriptSnippet the script tag and element to paste, fallback form included
 * @param frameSnippet  the iframe variant to paste
 * @param scriptPath    this app's versioned widget script, for the preview
 * @param framePath     this app's frame URL for these options, for the preview
 * @param topics        label and id of every topic, for the form
 */
public record EmbedPage(EmbedOptions options, String scriptSnippet, String frameSnippet, String scriptPath,
                        String framePath, List<Link> topics, List<String> seasons, List<String> speakers,
                        List<WidgetOption> attributes, int maxLimit) {
}
