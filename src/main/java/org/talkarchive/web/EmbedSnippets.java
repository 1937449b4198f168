package org.talkarchive.web;

import java.util.Map;

/**
 * The HTML a site owner pastes: the script tag plus the element (with a plain search form inside, which is what
 * visitors without JavaScript see), or the iframe variant. Every value is escaped for an HTML attribute.
 */
public final class EmbedSnippets {

    /** Tall enough for the search box and five results shown in the frame's own flow. */
    static final int FRAME_HEIGHT = 520;

    private final String baseUrl;
    private final String version;

    /**
     * @param baseUrl the archive's public address without a trailing slash
     * @param version the widget's content version, so the script URL can be cached for a year
     */
    public EmbedSnippets(String baseUrl, String version) {
        this.baseUrl = baseUrl;
        this.version = version;
    }

    public String scriptUrl() {
        return baseUrl + "/widget.js?v=" + version;
    }

    public String script(EmbedOptions options) {
        StringBuilder html = new StringBuilder();
        html.append("<script src=\"").append(attr(scriptUrl())).append("\" async></script>\n");
        html.append(openTag(options, "")).append('\n');
        html.append("  <!-- Shown without JavaScript, and until the widget has loaded -->\n");
        html.append("  <form action=\"").append(attr(baseUrl + "/search")).append("\" method=\"get\">\n");
        html.append("    <input type=\"search\" name=\"q\" aria-label=\"")
                .append(attr(options.effectivePlaceholder())).append("\" placeholder=\"")
                .append(attr(options.effectivePlaceholder())).append("\">\n");
        for (Map.Entry<String, String> filter : options.searchFilters().entrySet()) {
            html.append("    <input type=\"hidden\" name=\"").append(filter.getKey()).append("\" value=\"")
                    .append(attr(filter.getValue())).append("\">\n");
        }
        html.append("    <button type=\"submit\">Search</button>\n");
        html.append("  </form>\n");
        html.append("</talk-search>");
        return html.toString();
    }

    /**
     * The element's start tag with the options as attributes, each escaped; {@code fixed} are attributes written
     * as they are (e.g. {@code inline}). Built here because the filter attributes' names come from the facet
     * dimensions, and templates may not compute attribute names.
     */
    public static String openTag(EmbedOptions options, String fixed) {
        StringBuilder html = new StringBuilder("<talk-search");
        if (!fixed.isEmpty()) {
            html.append(' ').append(fixed);
        }
        options.attributes().forEach((name, value) -> html.append(' ').append(name).append("=\"")
                .append(attr(value)).append('"'));
        return html.append('>').toString();
    }

    /** The frame's path and query on this archive, e.g. {@code /embed/frame?topic=fairness&limit=5}. */
    public static String framePath(EmbedOptions options) {
        return "/embed/frame" + SearchUrls.query(options.attributes().entrySet().stream().toList());
    }

    public String frame(EmbedOptions options) {
        return "<iframe src=\"" + attr(baseUrl + framePath(options)) + "\" title=\""
                + attr(options.effectivePlaceholder()) + "\" width=\"100%\" height=\"" + FRAME_HEIGHT
                + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }

    static String attr(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
