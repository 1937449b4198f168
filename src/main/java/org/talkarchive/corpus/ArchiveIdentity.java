package org.talkarchive.corpus;

/**
 * Who the archive is, from the corpus' {@code archive.yml}: the name and look pages, feeds, citations, the widget
 * and the API show, so an archive of another series (or of many) is not dressed as this one.
 *
 * @param title       the site's own name, in the header and after every page title, e.g. "Talk archive"
 * @param name        the series or collection archived, e.g. "Datasets through the L👀king-Glass"; may be null
 * @param plainName   {@code name} as plain text for places that cannot show every character (BibTeX); may be null
 * @param description one or two sentences saying what is archived (footer, feeds, meta description)
 * @param subject     what the talks are about, completing "Search 30 talks on ..."; may be null
 * @param homePage    the series' own site, http(s); may be null
 * @param logo        a {@code data:} URI of the logo image read from the corpus; may be null
 * @param accent      the link and button colour on light backgrounds, {@code #rrggbb}; may be null (the default)
 * @param accentDark  the same on dark backgrounds; may be null
 */
public record ArchiveIdentity(String title, String name, String plainName, String description, String subject,
                              String homePage, String logo, String accent, String accentDark) {

    public static final String DEFAULT_TITLE = "Talk archive";
    public static final String DEFAULT_DESCRIPTION = "Recorded talks, searchable by words and by meaning.";

    public ArchiveIdentity {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        description = description == null || description.isBlank() ? DEFAULT_DESCRIPTION : description.strip();
        plainName = plainName == null ? name : plainName;
    }

    /** The identity of a corpus without {@code archive.yml}: the app's own name and no series. */
    public static ArchiveIdentity defaults() {
        return new ArchiveIdentity(null, null, null, null, null, null, null, null, null);
    }

    /** The series' name where there is one, else the site's title: what feeds and calendars are called. */
    public String displayName() {
        return name != null ? name : title;
    }
}
