package org.talkarchive.web.view;

/**
 * What every page's frame shows of the archive (from the corpus' archive.yml), handed to each template beside its
 * page model.
 *
 * @param title       the site's name, after every page title and in the header
 * @param name        the series archived; may be null
 * @param description what is archived, in the footer and the meta description
 * @param subject     what the talks are about; may be null
 * @param homePage    the series' own site; may be null
 * @param logo        where the logo is served; null shows the default mark
 * @param colours     where the archive's colours are served; null keeps the default ones
 * @param canonical   this page's absolute address at the archive's public base URL
 */
public record Site(String title, String name, String description, String subject, String homePage, String logo,
                   String colours, String canonical) {
}
