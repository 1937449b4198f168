package org.talkarchive.web;

import org.talkarchive.search.Fragment;

/**
 * A searcher's {@link Fragment} as HTML: the text escaped, each match in {@code <mark>}. The only markup a page
 * prints raw from search results, built here so nothing the searcher returns is ever taken as HTML.
 */
public final class Highlights {

    private Highlights() {
    }

    public static String html(Fragment fragment) {
        String text = fragment.text();
        StringBuilder out = new StringBuilder(text.length() + 16 * (fragment.matches().size() + 1));
        int pos = 0;
        for (Fragment.Match m : fragment.matches()) {
            escape(text, pos, m.start(), out);
            out.append("<mark>");
            escape(text, m.start(), m.end(), out);
            out.append("</mark>");
            pos = m.end();
        }
        escape(text, pos, text.length(), out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
