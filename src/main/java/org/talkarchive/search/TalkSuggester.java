package org.talkarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Topic;
import org.talkarchive.index.ArchiveAnalyzer;

/**
 * Prefix autocomplete over titles, speaker names and topics with Lucene's {@link FuzzySuggester}. Every word start
 * of an entry is added as its own input, so "decath" finds "The medical segmentation decathlon"; from the fourth
 * character on, one typo is forgiven ("opthal" finds "Ophthalmology").
 */
final class TalkSuggester {

    static final int MAX = 10;
    private static final int MIN_FUZZY_LENGTH = 4;
    private static final String SEP = "\u0001";

    /** Built on a thread of its own: at 20,000 talks the build took most of serve's start-up and of each reload. */
    private final CompletableFuture<Lookups> lookups;

    private record Lookups(AnalyzingSuggester exact, FuzzySuggester fuzzy) {
    }

    /** Starts building; {@link #suggest} waits for the build, nothing else does. */
    TalkSuggester(Collection<StoredTalk> talks, List<Topic> topics) {
        this.lookups = CompletableFuture.supplyAsync(() -> build(talks, topics), runnable -> {
            Thread thread = new Thread(runnable, "suggester-build");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static Lookups build(Collection<StoredTalk> talks, List<Topic> topics) {
        List<Entry> entries = new ArrayList<>();
        for (Topic topic : topics) {
            entries.add(new Entry(topic.label(), "topic", topic.id(), 3));
        }
        Set<String> speakers = new java.util.LinkedHashSet<>();
        for (StoredTalk talk : talks) {
            for (Speaker s : talk.talk().speakers()) {
                if (speakers.add(s.slug())) {
                    entries.add(new Entry(s.name(), "speaker", s.slug(), 2));
                }
            }
        }
        for (StoredTalk talk : talks) {
            entries.add(new Entry(talk.talk().title(), "title", talk.talk().id(), 1));
        }
        ArchiveAnalyzer analyzer = new ArchiveAnalyzer(false);
        int options = AnalyzingSuggester.EXACT_FIRST | AnalyzingSuggester.PRESERVE_SEP;
        AnalyzingSuggester exact = new AnalyzingSuggester(new ByteBuffersDirectory(), "exact", analyzer, analyzer,
                options, 256, -1, true);
        FuzzySuggester fuzzy = new FuzzySuggester(new ByteBuffersDirectory(), "fuzzy", analyzer, analyzer, options,
                256, -1, true, 1, true, 1, MIN_FUZZY_LENGTH, false);
        try {
            exact.build(new WordStarts(entries));
            // Same analyzer and options, so the same automaton: the fuzzy one loads it instead of building it again.
            ByteBuffersDataOutput built = new ByteBuffersDataOutput();
            exact.store(built);
            fuzzy.load(built.toDataInput());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lookups(exact, fuzzy);
    }

    List<Suggestion> suggest(String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip();
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        Lookups built = lookups.join();
        List<Suggestion> exactMatches = lookup(built.exact(), typed, limit);
        // Typos are forgiven only when nothing starts with what was typed ("derm" must not offer "dementia").
        return exactMatches.isEmpty() ? lookup(built.fuzzy(), typed, limit) : exactMatches;
    }

    private static List<Suggestion> lookup(Lookup lookup, String typed, int limit) {
        Map<String, Suggestion> unique = new LinkedHashMap<>();
        try {
            for (Lookup.LookupResult r : lookup.lookup(typed, false, limit * 8)) {
                String[] parts = r.payload.utf8ToString().split(SEP, 3);
                unique.putIfAbsent(parts[0] + SEP + parts[1], new Suggestion(parts[2], parts[0], parts[1]));
                if (unique.size() == limit) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // A prefix the analyzer reduces to nothing (e.g. only punctuation) has no suggestions.
            return List.of();
        }
        return List.copyOf(unique.values());
    }

    private record Entry(String text, String kind, String value, long weight) {
    }

    /** Feeds every word start of every entry to the suggester, with the entry itself as payload. */
    private static final class WordStarts implements InputIterator {
        private final Iterator<String[]> inputs;
        private String[] current;

        WordStarts(List<Entry> entries) {
            List<String[]> all = new ArrayList<>();
            for (Entry e : entries) {
                String payload = e.kind() + SEP + e.value() + SEP + e.text();
                String text = e.text().strip();
                for (int i = 0; i < text.length(); i++) {
                    boolean wordStart = Character.isLetterOrDigit(text.charAt(i))
                            && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
                    if (wordStart) {
                        // Earlier word starts weigh more, so the entry's own beginning ranks first.
                        long weight = e.weight() * 1000 - Math.min(i, 999);
                        all.add(new String[] {text.substring(i), payload, Long.toString(weight)});
                    }
                }
            }
            this.inputs = all.iterator();
        }

        @Override
        public BytesRef next() {
            if (!inputs.hasNext()) {
                return null;
            }
            current = inputs.next();
            return new BytesRef(current[0]);
        }

        @Override
        public long weight() {
            return Long.parseLong(current[2]);
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current[1].getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
