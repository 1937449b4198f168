package org.talkarchive.web.view;

/**
 * What a page tells search engines and link previews beyond its content: Open Graph / Twitter card fields and
 * schema.org JSON-LD.
 *
 * @param description one or two sentences for the preview; null uses the archive's description
 * @param image       absolute URL of a preview image; may be null
 * @param ogType      Open Graph type, e.g. "video.other" or "website"
 * @param jsonLd      a schema.org JSON-LD document, or null
 */
public record PageMeta(String description, String image, String ogType, String jsonLd) {

    /** JSON-LD goes inside a script element: "</" there would end it early, so it is written "<\/". */
    public String jsonLdForScript() {
        return jsonLd == null ? null : jsonLd.replace("</", "<\\/");
    }
}
