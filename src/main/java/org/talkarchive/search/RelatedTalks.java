package org.talkarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /**
     * How many talks nearest by embedding are scored (with every talk sharing a speaker). A talk further away can
     * still only win through shared topics and datasets, and then every talk is scored instead. The vector index is
     * approximate: at 21,712 talks 98.7 % of top-5 lists were those scoring every talk gives, 99.7 % of their talks
     * (docs/benchmarks.md, "Fifth session").
     */
    static final int NEAREST = 100;
    /** More than the engine's error on a similarity (Lucene scores dot products as floats, (1 + d) / 2). */
    private static final double ROUNDING = 1e-6;

    private final SearchEngine engine;
    private final Map<String, StoredTalk> talks;
    private final Map<String, String> topicLabels;
    private final Map<String, String> datasetNames;
    /** Every talk and its speakers' names in one order, made once per generation: candidates are positions in it. */
    private final StoredTalk[] all;
    private final List<List<String>> speakerNames;
    private final List<Integer> everyPosition;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Integer>> talksBySpeaker = new HashMap<>();

    RelatedTalks(SearchEngine engine, Map<String, StoredTalk> talks, Map<String, String> topicLabels,
                 Map<String, String> datasetNames) {
        this.engine = engine;
        this.talks = talks;
        this.topicLabels = topicLabels;
        this.datasetNames = datasetNames;
        this.all = talks.values().toArray(StoredTalk[]::new);
        this.speakerNames = Arrays.stream(all).map(RelatedTalks::names).toList();
        this.everyPosition = IntStream.range(0, all.length).boxed().toList();
        for (int i = 0; i < all.length; i++) {
            position.put(all[i].talk().id(), i);
            for (String name : speakerNames.get(i)) {
                talksBySpeaker.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
            }
        }
    }

    List<RelatedTalk> forTalk(String id, int limit) {
        StoredTalk source = talks.get(id);
        if (source == null || limit <= 0) {
            return List.of();
        }
        Candidates candidates = candidates(source);
        List<Scored> top = best(source, candidates.indexes(), limit);
        if (!candidates.provablyComplete(top, limit, bonusBound(source))) {
            top = best(source, everyPosition, limit);
        }
        return top.stream().map(scored -> relate(source, scored.talk(), scored.score())).toList();
    }

    /** What {@link #forTalk} answers, found by scoring every talk: what the candidates must never change. */
    List<RelatedTalk> scoringEveryTalk(String id, int limit) {
        StoredTalk source = talks.get(id);
        if (source == null || limit <= 0) {
            return List.of();
        }
        return best(source, everyPosition, limit).stream()
                .map(scored -> relate(source, scored.talk(), scored.score())).toList();
    }

    /**
     * The talks that can be related to a source without scoring every talk: its {@link #NEAREST} nearest by
     * embedding (the engine's vector index) and every talk sharing a speaker. At 21,712 talks the scan over every
     * talk's vector was 86 % of a related-talks request (docs/benchmarks.md).
     */
    private Candidates candidates(StoredTalk source) {
        if (all.length <= NEAREST) {
            return new Candidates(everyPosition, Double.NEGATIVE_INFINITY, true);
        }
        List<Hit> nearest;
        try {
            nearest = engine.nearest(new VectorQuery(source.vector(), NEAREST + 1, Scope.talks()),
                    SearchBudget.unlimited());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (nearest.size() < NEAREST + 1) {
            // Fewer than asked for from an archive larger than that: nothing bounds the talks left out.
            return new Candidates(everyPosition, Double.NEGATIVE_INFINITY, true);
        }
        Set<Integer> indexes = new LinkedHashSet<>();
        double farthest = Double.POSITIVE_INFINITY;
        for (Hit hit : nearest) {
            Integer at = position.get(hit.talkId());
            if (at != null) {
                indexes.add(at);
            }
            farthest = Math.min(farthest, hit.score());
        }
        for (String name : names(source)) {
            indexes.addAll(talksBySpeaker.getOrDefault(name, List.of()));
        }
        return new Candidates(indexes, farthest, false);
    }

    /**
     * Candidates and the similarity of the farthest of the nearest talks: a talk outside them shares no speaker
     * and is at most that similar, so it scores at most {@code farthest} plus what shared topics and datasets add.
     */
    private record Candidates(Collection<Integer> indexes, double farthest, boolean everyTalk) {

        /**
         * Whether no talk outside the candidates could have made the best {@code limit}: strictly better than the
         * most an outsider can score, by more than the engine's float rounding of similarities (a tie would be
         * decided by id, and an outsider could win it).
         */
        boolean provablyComplete(List<Scored> best, int limit, double bonusBound) {
            return everyTalk || best.size() == limit && best.getLast().score() > farthest + bonusBound + ROUNDING;
        }
    }

    /** The most a talk without a shared speaker can gain over its similarity: every topic and dataset shared. */
    private static double bonusBound(StoredTalk source) {
        return TOPIC_WEIGHT * source.effectiveTopics().size() + DATASET_WEIGHT * source.datasets().size();
    }


    /** The best {@code limit} of some talks for a source, best first; a talk is kept only when it beats the worst. */
    private List<Scored> best(StoredTalk source, Collection<Integer> indexes, int limit) {
        PriorityQueue<Scored> best = new PriorityQueue<>(Scored.BEST_FIRST.reversed());
        List<String> sourceNames = names(source);
        for (int i : indexes) {
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
                if (Scored.BEST_FIRST.compare(candidate, best.peek()) < 0) {
                    best.poll();
                    best.add(candidate);
                }
            }
        }
        List<Scored> top = new ArrayList<>(best);
        top.sort(Scored.BEST_FIRST);
        return top;
    }

    private record Scored(StoredTalk talk, double score) {
        /** Best first; between equal scores by id, so that ties never depend on which talks were scored. */
        static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(scored -> scored.talk().talk().id());
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
