package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Checks the judged query set in src/test/resources/eval against itself and against the real corpus. */
class JudgedQuerySetTest {
    private static final Path TALKS = Path.of("corpus", "talks");
    private static final int TALK_COUNT = 30;

    /** Words a paraphrase may share with its talk: they carry no topic. Compared after stemming. */
    private static final Set<String> FUNCTION_WORDS = Set.of("how", "much", "doe", "do", "which", "what", "when",
            "why", "can", "should", "i", "my", "we", "there", "from", "both", "same", "two", "often", "about", "them",
            "their", "its", "own", "instead", "while", "all", "via");

    private final QuerySet queries = QuerySet.read(resource("queries.tsv"));
    private final Qrels qrels = Qrels.read(resource("qrels.tsv"));

    @Test
    void queriesAndJudgmentsNameTheSameQueriesAndEveryQueryHasARelevantTalk() {
        assertEquals(queries.ids(), qrels.queryIds());
        for (String qid : queries.ids()) {
            assertTrue(qrels.relevantCount(qid) > 0, qid + " has no relevant talk");
        }
    }

    @Test
    void theSetCoversEveryKindOfNeedWithAtLeastFortyQueries() {
        assertTrue(queries.size() >= 40, "only " + queries.size() + " queries");
        assertEquals(Set.of("keyword", "question", "paraphrase", "speaker", "accent", "affiliation", "typo", "bio",
                "dataset", "topic"), Set.copyOf(queries.kinds()));
        Set<String> texts = queries.queries().stream().map(JudgedQuery::text).collect(Collectors.toSet());
        assertTrue(texts.containsAll(List.of("segmentaion decathlon", "opthalmology", "annotaton cost", "Zajac",
                "Jimenez", "fairness dermatology")), "a required query is missing");
    }

    @Test
    void gradesAreZeroOneOrTwo() {
        for (String qid : qrels.queryIds()) {
            qrels.judgments(qid).forEach((doc, grade) ->
                    assertTrue(grade >= 0 && grade <= 2, qid + " " + doc + " has grade " + grade));
        }
    }

    @Test
    void everyJudgedDocumentIsATalkOfTheCorpus() {
        Set<String> talkIds = corpusTalks().keySet();
        Set<String> unknown = new TreeSet<>(qrels.docIds());
        unknown.removeAll(talkIds);
        assertEquals(Set.of(), unknown, "judged ids that are not talks in " + TALKS);
    }

    @Test
    void paraphrasesShareNoContentWordWithTheTalksTheyDescribe() {
        Map<String, String> talks = corpusTalks();
        List<String> overlaps = new ArrayList<>();
        for (JudgedQuery q : queries.ofKind("paraphrase")) {
            Set<String> words = stems(q.text());
            words.removeAll(FUNCTION_WORDS);
            qrels.judgments(q.id()).forEach((doc, grade) -> {
                if (grade == 2) {
                    Set<String> shared = new TreeSet<>(words);
                    shared.retainAll(stems(talks.get(doc)));
                    if (!shared.isEmpty()) {
                        overlaps.add(q.id() + " '" + q.text() + "' shares " + shared + " with " + doc);
                    }
                }
            });
        }
        assertEquals(List.of(), overlaps);
    }

    /** Talk id to the full text of its file; fails when the corpus is not the judged one. */
    private static Map<String, String> corpusTalks() {
        assertTrue(Files.isDirectory(TALKS), "the judged corpus is missing: no " + TALKS.toAbsolutePath());
        Map<String, String> talks = new TreeMap<>();
        try (Stream<Path> files = Files.list(TALKS)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                talks.put(file.getFileName().toString().replaceFirst("\\.md$", ""), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(talks.size() == TALK_COUNT, "the judged set covers "+TALK_COUNT+" talks: " + talks.size()
                + " talk files in " + TALKS.toAbsolutePath() + ", expected " + TALK_COUNT);
        return talks;
    }

    /** English-stemmed, accent-folded words, the same notion of "word" the keyword search uses. */
    private static Set<String> stems(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        Set<String> stems = new LinkedHashSet<>();
        try (Analyzer analyzer = new EnglishAnalyzer(); TokenStream tokens = analyzer.tokenStream("text", folded)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static Path resource(String name) {
        try {
            return Path.of(JudgedQuerySetTest.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
