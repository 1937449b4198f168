package org.talkarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.util.VectorUtil;
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
    /** Every talk and its speakers' names in one order, made once per generation: the scan below reads them all. */
    private final StoredTalk[] all;
    private final List<List<String>> speakerNames;

    RelatedTalks(Map<String, StoredTalk> talks, Map<String, String> topicLabels, Map<String, String> datasetNames) {
        this.talks = talks;
        this.topicLabels = topicLabels;
        this.datasetNames = datasetNames;
        this.all = talks.values().toArray(StoredTalk[]::new);
        this.speakerNames = Arrays.stream(all).map(RelatedTalks::names).toList();
    }

    List<RelatedTalk> forTalk(String id, int limit) {
        StoredTalk source = talks.get(id);
        if (source == null || limit <= 0) {
            return List.of();
        }
        // Every talk is scored, but only the best `limit` get their reasons (sets, labels, formatted text): building
        // those for all talks made the request grow with the archive (37 ms at 5,000 talks under load). A talk is
        // kept only when it beats the worst kept one (at 20,000 talks the scan itself was the talk page's cost).
        Comparator<Scored> order = Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(scored -> scored.talk().talk().id());
        PriorityQueue<Scored> best = new PriorityQueue<>(order.reversed());
        List<String> sourceNames = names(source);
        for (int i = 0; i < all.length; i++) {
            StoredTalk other = all[i];
            if (other == source) {
                continue;
            }
            double score = dot(source.vector(), other.vector())
                    + TOPIC_WEIGHT * sharedCount(source.effectiveTopics(), other.effectiveTopics())
                    + DATASET_WEIGHT * sharedCount(source.datasets(), other.datasets())
                    + SPEAKER_WEIGHT * sharedCount(sourceNames, speakerNames.get(i));
            if (best.size() < limit) {
                best.add(new Scored(other, score));
            } else if (score >= best.peek().score()) {
                Scored candidate = new Scored(other, score);
                if (order.compare(candidate, best.peek()) < 0) {
                    best.poll();
                    best.add(candidate);
                }
            }
        }
        List<Scored> top = new ArrayList<>(best);
        top.sort(order);
        return top.stream().map(scored -> relate(source, scored.talk(), scored.score())).toList();
    }

    private record Scored(StoredTalk talk, double score) {
    }

    private RelatedTalk relate(StoredTalk source, StoredTalk other, double score) {
        double similarity = dot(source.vector(), other.vector());
        Set<String> topics = shared(source.effectiveTopics(), other.effectiveTopics());
        Set<String> curatedTopics = shared(source.talk().topics(), other.talk().topics());
        Set<String> datasets = shared(source.datasets(), other.datasets());
        Set<String> speakers = shared(names(source), names(other));
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

    /** How many distinct values of {@code a} are in {@code b}: the size of {@link #shared}, without building it. */
    private static int sharedCount(List<String> a, List<String> b) {
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            if (b.contains(a.get(i)) && a.indexOf(a.get(i)) == i) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> shared(List<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** Lucene's SIMD dot product (Panama vectors when jdk.incubator.vector is on): the scan is most of a talk page. */
    private static double dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }
}
