package org.talkarchive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.talkarchive.corpus.Speaker;

/**
 * Talks related to a talk: embedding similarity plus shared curated topics, datasets and speakers, each with a
 * reason a person can read. Upcoming talks may appear; their summaries carry their status.
 */
final class RelatedTalks {

    private static final double TOPIC_WEIGHT = 0.06;
    private static final double DATASET_WEIGHT = 0.08;
    private static final double SPEAKER_WEIGHT = 0.3;

    private final Map<String, StoredTalk> talks;
    private final Map<String, String> topicLabels;
    private final Map<String, String> datasetNames;

    RelatedTalks(Map<String, StoredTalk> talks, Map<String, String> topicLabels, Map<String, String> datasetNames) {
        this.talks = talks;
        this.topicLabels = topicLabels;
        this.datasetNames = datasetNames;
    }

    List<RelatedTalk> forTalk(String id, int limit) {
        StoredTalk source = talks.get(id);
        if (source == null) {
            return List.of();
        }
        List<RelatedTalk> out = new ArrayList<>();
        for (StoredTalk other : talks.values()) {
            if (!other.talk().id().equals(id)) {
                out.add(relate(source, other));
            }
        }
        out.sort(Comparator.comparingDouble(RelatedTalk::score).reversed()
                .thenComparing(r -> r.talk().id()));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private RelatedTalk relate(StoredTalk source, StoredTalk other) {
        double similarity = dot(source.vector(), other.vector());
        Set<String> topics = shared(source.effectiveTopics(), other.effectiveTopics());
        Set<String> curatedTopics = shared(source.talk().topics(), other.talk().topics());
        Set<String> datasets = shared(source.datasets(), other.datasets());
        Set<String> speakers = shared(names(source), names(other));
        double score = similarity + TOPIC_WEIGHT * topics.size() + DATASET_WEIGHT * datasets.size()
                + SPEAKER_WEIGHT * speakers.size();
        List<String> reasons = new ArrayList<>();
        if (!speakers.isEmpty()) {
            reasons.add("same speaker: " + String.join(", ", speakers));
        }
        if (!curatedTopics.isEmpty()) {
            reasons.add("shares topics: " + labels(curatedTopics));
        }
        Set<String> inferredOnly = new TreeSet<>(topics);
        inferredOnly.removeAll(curatedTopics);
        if (!inferredOnly.isEmpty()) {
            reasons.add("shares inferred topics: " + labels(inferredOnly));
        }
        if (!datasets.isEmpty()) {
            reasons.add("both discuss: " + datasets.stream().map(d -> datasetNames.getOrDefault(d, d))
                    .collect(Collectors.joining(", ")));
        }
        reasons.add("similar content (%.2f)".formatted(similarity));
        return new RelatedTalk(other.summary(), score, reasons);
    }

    private String labels(Set<String> topicIds) {
        return topicIds.stream().map(t -> topicLabels.getOrDefault(t, t)).collect(Collectors.joining(", "));
    }

    private static List<String> names(StoredTalk talk) {
        return talk.talk().speakers().stream().map(Speaker::name).toList();
    }

    private static Set<String> shared(List<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
