package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled corpus must say what the series' site says. The site pages are kept in corpus/sources/ and parsed
 * here independently of {@link CorpusReader}, so an edit to a talk file that drifts from the source fails.
 */
class CorpusMatchesSourcePagesTest {
    private static final Path CORPUS = Path.of("corpus");
    private static final Path SITE = CORPUS.resolve("sources/medical-datasets-site");

    private static Corpus corpus;
    private static List<SourcePage.Section> sections;
    private static Map<String, SourcePage.Listed> listed;

    @BeforeAll
    static void readCorpusAndSources() throws IOException {
        corpus = CorpusReader.read(CORPUS);
        sections = SourcePage.sections(Files.readString(SITE.resolve("_pages/webinar_talks.md"), StandardCharsets.UTF_8));
        listed = SourcePage.previousTalks(Files.readString(SITE.resolve("_pages/webinar.md"), StandardCharsets.UTF_8));
    }

    @Test
    void corpusHoldsExactlyTheThirtyTalksOfTheSeries() {
        Set<String> expected = new TreeSet<>();
        for (int season = 1; season <= 9; season++) {
            // Season 3 had two numbered episodes; its third talk is the unnumbered one.
            for (int episode = 1; episode <= (season == 3 ? 2 : 3); episode++) {
                expected.add("s%02de%02d".formatted(season, episode));
            }
        }
        expected.addAll(List.of("s03-damgaard-eriksen", "s10-joskowicz", "s10-quinn", "s10-abhishek"));
        assertEquals(expected, corpus.talks().stream().map(Talk::id).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(30, corpus.talks().size());
        assertEquals(30, sections.size(), "sections of webinar_talks.md");
    }

    @Test
    void everyTalkHasTheTitleSpeakersAbstractAndBiosOfItsSourceSection() {
        List<String> differences = new ArrayList<>();
        for (SourcePage.Section section : sections) {
            Talk talk = talkOf(section);
            compare(differences, talk.id() + " title", section.title(), talk.title());
            compare(differences, talk.id() + " abstract", section.abstractText(), talk.abstractText());
            compare(differences, talk.id() + " speakers", String.join(" | ", section.names()),
                    talk.speakers().stream().map(Speaker::name).collect(Collectors.joining(" | ")));
            List<String> bios = talk.speakers().stream().map(Speaker::bio).filter(b -> !b.isEmpty()).toList();
            compare(differences, talk.id() + " bios", String.join(" | ", section.bios()), String.join(" | ", bios));
            String affiliation = talk.speakers().getFirst().affiliation() + ", " + talk.speakers().getFirst().country();
            compare(differences, talk.id() + " affiliation", section.affiliation(), affiliation);
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void jointBioSitsOnTheFirstSpeakerAndTheSecondIsEmpty() {
        for (String id : List.of("s06e01", "s03-damgaard-eriksen")) {
            Talk talk = corpus.talk(id).orElseThrow();
            assertTrue(talk.speakers().get(0).bio().length() > 100, id);
            assertEquals("", talk.speakers().get(1).bio(), id);
        }
    }

    @Test
    void numberedTalksHaveTheCodeDateTitleAndCurrentVideoOfThePreviousTalksList() {
        assertEquals(26, listed.size(), "entries of the Previous talks list");
        for (SourcePage.Listed entry : listed.values()) {
            Talk talk = corpus.talk(entry.code().toLowerCase(Locale.ROOT)).orElseThrow(() -> new AssertionError(entry.code()));
            assertEquals(entry.code(), talk.code());
            assertEquals(TalkStatus.PAST, talk.status());
            assertEquals(parseListDate(entry.date()), talk.date(), entry.code());
            assertEquals(SourcePage.squash(entry.title()), SourcePage.squash(talk.title()), entry.code());
            assertEquals(entry.video(), talk.video(), entry.code());
        }
    }

    @Test
    void videoLinksAreTheCurrentChannelsAndMatchTheTalkSections() {
        for (SourcePage.Section section : sections) {
            Talk talk = talkOf(section);
            assertEquals(section.video(), talk.video(), talk.id());
        }
        // Ids from the seed page / old channel (a529c9e5, 91bf24f1) must not come back.
        Set<String> oldChannel = Set.of("zLxYUtToXGg", "E4inBrMLVog", "MlBxlL5WUuU", "2sbWrXO6gAc", "pYl9bBcQA-M",
                "_RlcKW0sZ80", "qhAYUfQlYfo", "q-DBwWZejMY", "-jxId9lxqXM", "hVM2PNsXPhM", "3MOb1jzZXKc",
                "cl1-pR9P0vQ", "OZheNn-DXp4", "1gbeopshZiE");
        List<String> current = corpus.talks().stream().flatMap(t -> t.youtubeId().stream()).toList();
        assertEquals(26, current.size(), "talks with a YouTube video");
        assertTrue(current.stream().noneMatch(oldChannel::contains), current.toString());
        assertEquals("hDKuw28ATe4", corpus.talk("s01e01").orElseThrow().youtubeId().orElseThrow());
        assertEquals("ZKkgiQinQPM", corpus.talk("s09e03").orElseThrow().youtubeId().orElseThrow());
    }

    @Test
    void unnumberedAndAnnouncedTalksCarryTheirKnownFacts() {
        Talk s03 = corpus.talk("s03-damgaard-eriksen").orElseThrow();
        assertEquals(3, s03.season());
        assertNull(s03.episode());
        assertEquals(LocalDate.of(2023, 9, 18), s03.date(), "S03 announcement in _history/07b2dd4f");
        assertNull(s03.video());
        for (String id : List.of("s10-joskowicz", "s10-quinn", "s10-abhishek")) {
            Talk talk = corpus.talk(id).orElseThrow();
            assertEquals(TalkStatus.UPCOMING, talk.status(), id);
            assertEquals(10, talk.season(), id);
            assertNull(talk.date(), id);
            assertFalse(talk.topics().isEmpty(), id + " is tagged by hand like every talk");
        }
    }

    @Test
    void everyPastTalkHasCuratedTopicsAndEveryTopicHasADescription() {
        for (Talk talk : corpus.talks()) {
            if (talk.status() == TalkStatus.PAST) {
                assertTrue(!talk.topics().isEmpty(), talk.id());
            }
            assertEquals("Datasets through the L\uD83D\uDC40king-Glass", talk.series(), talk.id());
        }
        Set<String> required = Set.of("fairness", "shortcuts", "multimodal", "annotation", "segmentation",
                "benchmarks", "metrics", "dataset-curation", "data-leakage", "calibration", "transfer-learning",
                "sustainability", "clinical-text", "dermatology", "chest-xray", "neuroimaging", "pathology",
                "ophthalmology", "cardiac", "breast");
        assertTrue(corpus.topics().stream().map(Topic::id).collect(Collectors.toSet()).containsAll(required));
        corpus.topics().forEach(t -> assertNotNull(t.description(), t.id()));
    }

    @Test
    void textTrapsOfTheSiteAreKeptInTheDisplayedText() {
        Talk s07e01 = corpus.talk("s07e01").orElseThrow();
        assertEquals("Amelia Jiménez-Sánchez\u200B", s07e01.speakers().getFirst().name());
        assertEquals("amelia-jimenez-sanchez", s07e01.speakers().getFirst().slug());
        assertTrue(corpus.talk("s05e01").orElseThrow().speakers().get(1).bio().contains("\u0397er aim"));
        assertTrue(corpus.talk("s04e02").orElseThrow().abstractText().contains("has\u00A0*poorer*\u00A0worst"));
    }

    @Test
    void everyDatasetIsMentionedSomewhereInTheTalks() {
        DatasetMatcher matcher = new DatasetMatcher(corpus.datasets());
        Set<String> mentioned = new TreeSet<>();
        for (Talk talk : corpus.talks()) {
            mentioned.addAll(matcher.find(talk.title() + "\n" + talk.abstractText()));
            talk.speakers().forEach(s -> mentioned.addAll(matcher.find(s.bio())));
        }
        Set<String> all = corpus.datasets().stream().map(Dataset::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, mentioned);
    }

    private static Talk talkOf(SourcePage.Section section) {
        String first = section.names().getFirst();
        List<Talk> matches = corpus.talks().stream()
                .filter(t -> SourcePage.squash(t.speakers().getFirst().name()).equals(SourcePage.squash(first)))
                .toList();
        assertEquals(1, matches.size(), "talks whose first speaker is " + first);
        return matches.getFirst();
    }

    private static void compare(List<String> differences, String what, String source, String corpusText) {
        if (!SourcePage.squash(source).equals(SourcePage.squash(corpusText))) {
            int at = IntStream.range(0, Math.min(source.length(), corpusText.length()))
                    .filter(i -> source.charAt(i) != corpusText.charAt(i)).findFirst().orElse(-1);
            differences.add(what + " differs near character " + at);
        }
    }

    private static LocalDate parseListDate(String text) {
        String cleaned = text.replaceAll("(\\d+)(st|nd|rd|th)", "$1");
        for (String pattern : List.of("d MMM yyyy", "d MMMM yyyy")) {
            try {
                return LocalDate.parse(cleaned, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next spelling of the month
            }
        }
        throw new AssertionError("unreadable date in the Previous talks list: " + text);
    }
}
