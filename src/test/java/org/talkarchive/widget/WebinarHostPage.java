package org.talkarchive.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The series' own webinar page (src/test/resources/host/webinar.md, copied from the organisers' Jekyll site) rendered
 * to HTML in an al-folio-like layout, optionally with a widget snippet pasted in where a site owner would put it:
 * right after the paragraph that points to the previous talks.
 */
final class WebinarHostPage {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---\\n", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("^title:\\s*(.+)$", Pattern.MULTILINE);
    /** The paragraph after which the snippet goes: the one linking the YouTube playlist of previous talks. */
    private static final Pattern ANCHOR_PARAGRAPH = Pattern.compile("<p>All <a href=\"[^\"]*webinar_talks\">.*?</p>\\n",
            Pattern.DOTALL);
    /** The Brevo newsletter form is a third-party frame; tests must not reach the network. */
    private static final Pattern THIRD_PARTY_FRAME = Pattern.compile("(<iframe[^>]*?) src=\"https://[^\"]*\"");

    private final String title;
    private final String articleHtml;
    private final String css;

    private WebinarHostPage(String title, String articleHtml, String css) {
        this.title = title;
        this.articleHtml = articleHtml;
        this.css = css;
    }

    static WebinarHostPage load() {
        String markdown = resource("/host/webinar.md");
        Matcher front = FRONT_MATTER.matcher(markdown);
        if (!front.find()) {
            throw new IllegalStateException("host/webinar.md: no front matter at line 1");
        }
        Matcher title = TITLE.matcher(front.group(1));
        if (!title.find()) {
            throw new IllegalStateException("host/webinar.md: front matter has no title");
        }
        String body = markdown.substring(front.end());
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(body));
        html = THIRD_PARTY_FRAME.matcher(html).replaceAll("$1 src=\"about:blank\"");
        if (!ANCHOR_PARAGRAPH.matcher(html).find()) {
            throw new IllegalStateException("host/webinar.md: the paragraph linking previous talks is gone");
        }
        return new WebinarHostPage(title.group(1).strip(), html, resource("/host/al-folio.css"));
    }

    /** The page as the site serves it, without any widget. */
    String html() {
        return page(articleHtml);
    }

    /** The page with {@code snippet} pasted after the paragraph about previous talks. */
    String withSnippet(String snippet) {
        Matcher m = ANCHOR_PARAGRAPH.matcher(articleHtml);
        if (!m.find()) {
            throw new IllegalStateException("no place for the snippet");
        }
        return page(articleHtml.substring(0, m.end()) + snippet + "\n" + articleHtml.substring(m.end()));
    }

    private String page(String article) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s | Datasets through the Looking-Glass</title>
                <link rel="icon" href="data:,">
                <style>
                %s
                </style>
                </head>
                <body>
                <header><nav class="navbar"><div class="container">
                <a class="navbar-brand" href="/"><span class="font-weight-bold">Medical</span> Datasets</a>
                <ul class="navbar-nav"><li><a href="/">about</a></li><li class="active"><a href="/webinar/">webinar</a></li>
                <li><a href="/webinar_talks/">webinar talks</a></li><li><a href="/workshop/">workshop</a></li></ul>
                </div></nav></header>
                <div class="container mt-5" role="main">
                <div class="post">
                <header class="post-header"><h1 class="post-title">%s</h1><p class="post-description"></p></header>
                <article>
                %s
                </article>
                </div>
                </div>
                <footer class="site-footer"><div class="container">© Copyright Medical Datasets. Powered by Jekyll with al-folio theme.</div></footer>
                </body>
                </html>
                """.formatted(title, css, title, article);
    }

    private static String resource(String path) {
        try (InputStream in = WebinarHostPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
