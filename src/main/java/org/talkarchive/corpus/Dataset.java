package org.talkarchive.corpus;

import java.util.List;

/**
 * One entry of {@code corpus/datasets.yml}: a dataset the talks mention.
 *
 * @param id       slug used in URLs and facets, e.g. "pad-ufes-20"
 * @param aliases  other names that count as a mention (whole words, case-sensitive where the name is an acronym)
 * @param homepage may be null
 */
public record Dataset(String id, String name, List<String> aliases, String modality, String homepage) {
    public Dataset {
        aliases = List.copyOf(aliases);
    }
}
