package org.talkarchive.corpus;

/**
 * One speaker of a talk, as written in the talk file. Text is kept exactly as displayed on the series' site;
 * {@link TextNormalizer} derives the searchable form.
 *
 * @param affiliation null when not known (imported talks)
 * @param country     null when not known
 * @param website may be null
 * @param bio     may be empty when a joint bio is stored on the talk's first speaker
 */
public record Speaker(String name, String affiliation, String country, String website, String bio) {

    /** URL-safe slug of the name, e.g. "Amelia Jiménez-Sánchez" -> "amelia-jimenez-sanchez". */
    public String slug() {
        return Slugs.slugify(name);
    }
}
