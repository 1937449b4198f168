package org.talkarchive.corpus;

import java.util.List;

/**
 * One entry of {@code corpus/topics.yml}.
 *
 * @param id          stable id used in talk files and URLs, e.g. "fairness"
 * @param kind        "theme" (what a talk is about) or "application" (clinical area, e.g. dermatology)
 * @param description one line; also embedded to infer tags for untagged talks
 * @param synonyms    words and phrases that signal the topic in text (matched as whole words, case-insensitive)
 */
public record Topic(String id, String label, String kind, String description, List<String> synonyms) {
    public Topic {
        synonyms = List.copyOf(synonyms);
    }
}
