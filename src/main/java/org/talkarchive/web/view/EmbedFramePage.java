package org.talkarchive.web.view;

import org.talkarchive.web.EmbedOptions;
import org.talkarchive.web.EmbedSnippets;

/**
 * The iframe variant: only the widget, with results in the frame's flow and links opening in the top window.
 *
 * @param error why the frame's parameters were refused, or null
 */
public record EmbedFramePage(EmbedOptions options, String scriptPath, String error) {

    /** The widget's start tag, its attributes escaped. */
    public String openTag() {
        return EmbedSnippets.openTag(options, "inline target=\"_top\"");
    }
}
