package org.talkarchive.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The searcher's highlighted text is escaped HTML in which only {@code <mark>} is markup. Before a page prints it
 * raw, this makes sure of that: any other angle bracket is escaped, so nothing but {@code <mark>} can become a tag
 * even if an upstream escape were missed.
 */
public final class Highlights {

    private static final Pattern MARK = Pattern.compile("</?mark>");

    private Highlights() {
    }

    /** HTML safe to print raw: {@code <mark>} and {@code </mark>} kept, every other {@code <} and {@code >} escaped. */
    public static String safeHtml(String html) {
        if (html == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length() + 16);
        Matcher m = MARK.matcher(html);
        int last = 0;
        int open = 0;
        while (m.find()) {
            out.append(escapeBrackets(html.substring(last, m.start())));
            boolean closing = m.group().startsWith("</");
            if (closing && open > 0) {
                open--;
                out.append("</mark>");
            } else if (!closing) {
                open++;
                out.append("<mark>");
            }
            last = m.end();
        }
        out.append(escapeBrackets(html.substring(last)));
        out.append("</mark>".repeat(open));
        return out.toString();
    }

    /** Plain text: marks dropped and the searcher's entities decoded. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        return MARK.matcher(html).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }

    private static String escapeBrackets(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;");
    }
}
