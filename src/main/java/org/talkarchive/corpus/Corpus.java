package org.talkarchive.corpus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from a corpus folder: talks, taxonomy, datasets, transcript passages by talk id, the archive's
 * identity ({@code archive.yml}) and how the transcripts were cut into passages.
 */
public record Corpus(List<Talk> talks, List<Topic> topics, List<Dataset> datasets,
                     Map<String, List<Passage>> passagesByTalk, ArchiveIdentity archive, PassageLength passageLength) {

    /** A corpus whose transcripts were cut with the default passage length. */
    public Corpus(List<Talk> talks, List<Topic> topics, List<Dataset> datasets,
                  Map<String, List<Passage>> passagesByTalk, ArchiveIdentity archive) {
        this(talks, topics, datasets, passagesByTalk, archive, PassageLength.DEFAULT);
    }

    /** A corpus with the default identity (what a corpus without {@code archive.yml} has). */
    public Corpus(List<Talk> talks, List<Topic> topics, List<Dataset> datasets,
                  Map<String, List<Passage>> passagesByTalk) {
        this(talks, topics, datasets, passagesByTalk, ArchiveIdentity.defaults());
    }

    public Corpus {
        archive = archive == null ? ArchiveIdentity.defaults() : archive;
        passageLength = passageLength == null ? PassageLength.DEFAULT : passageLength;
        talks = List.copyOf(talks);
        topics = List.copyOf(topics);
        datasets = List.copyOf(datasets);
        passagesByTalk = Map.copyOf(passagesByTalk);
    }

    public Optional<Talk> talk(String id) {
        return talks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Dataset> dataset(String id) {
        return datasets.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<Passage> passages(String talkId) {
        return passagesByTalk.getOrDefault(talkId, List.of());
    }
}
