package org.talkarchive.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.corpus.Topic;
import org.talkarchive.embed.Embedder;

/**
 * Infers topic tags for talks the organisers have not tagged: a topic is inferred when its label or a synonym
 * appears in the title or abstract, or when the talk's embedding is among the closest to the topic's description.
 */
public final class TopicInference {

    /** Embedding-only tags must be this close to the best topic's similarity. */
    private static final double SIMILARITY_MARGIN = 0.03;
    private static final int MAX_EMBEDDING_TAGS = 2;
    private static final int MAX_TAGS = 5;

    private final List<Topic> topics;
    private final List<Pattern> patterns;
    private final Embedder embedder;
    private List<float[]> topicVectors;

    /** Topic descriptions are embedded at the first talk that needs inferring: a fully tagged corpus needs none. */
    public TopicInference(List<Topic> topics, Embedder embedder) {
        this.topics = List.copyOf(topics);
        this.patterns = topics.stream().map(TopicInference::pattern).toList();
        this.embedder = embedder;
    }

    /** Topic ids for a talk's text and vector, most similar first. */
    public List<String> infer(String title, String abstractText, float[] talkVector) {
        if (topics.isEmpty()) {
            return List.of(); // a corpus without a taxonomy has nothing to infer
        }
        String text = TextNormalizer.forIndex(title + " " + abstractText).toLowerCase(Locale.ROOT);
        List<Integer> bySimilarity = new ArrayList<>();
        if (topicVectors == null) {
            topicVectors = embedder.embedDocuments(topics.stream().map(t -> t.label() + ": " + t.description()).toList());
        }
        double[] similarity = new double[topics.size()];
        for (int i = 0; i < topics.size(); i++) {
            similarity[i] = dot(talkVector, topicVectors.get(i));
            bySimilarity.add(i);
        }
        bySimilarity.sort(Comparator.comparingDouble((Integer i) -> similarity[i]).reversed());
        Set<String> tags = new LinkedHashSet<>();
        double best = similarity[bySimilarity.get(0)];
        for (int rank = 0; rank < bySimilarity.size() && tags.size() < MAX_TAGS; rank++) {
            int i = bySimilarity.get(rank);
            boolean named = patterns.get(i).matcher(text).find();
            boolean close = rank < MAX_EMBEDDING_TAGS && similarity[i] >= best - SIMILARITY_MARGIN;
            if (named || close) {
                tags.add(topics.get(i).id());
            }
        }
        return List.copyOf(tags);
    }

    private static Pattern pattern(Topic topic) {
        List<String> words = new ArrayList<>(topic.synonyms());
        words.add(topic.label());
        String alternatives = String.join("|", words.stream()
                .map(w -> Pattern.quote(TextNormalizer.forIndex(w).toLowerCase(Locale.ROOT)))
                .toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
