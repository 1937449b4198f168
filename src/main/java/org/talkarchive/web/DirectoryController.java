package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Topic;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;
import org.talkarchive.web.view.DatasetsPage;
import org.talkarchive.web.view.Link;
import org.talkarchive.web.view.SeasonsPage;
import org.talkarchive.web.view.SpeakersPage;
import org.talkarchive.web.view.TopicsPage;

/** The directory pages {@code /topics}, {@code /speakers}, {@code /datasets} and {@code /seasons}. */
public final class DirectoryController {

    static final int SPEAKERS_PER_PAGE = 60;
    static final int DATASETS_PER_PAGE = 50;
    /** Talks named per speaker or dataset; the rest are a click away on its own page. */
    static final int TALKS_SHOWN = 3;

    private final ArchiveCatalog catalog;
    private final SpeakerDirectory speakers;
    private final SeasonDirectory seasons;

    public DirectoryController(ArchiveCatalog catalog) {
        this.catalog = catalog;
        this.speakers = new SpeakerDirectory(catalog);
        this.seasons = new SeasonDirectory(catalog);
    }

    public void topics(Context ctx) {
        Paging.allowOnly(ctx.queryParamMap(), List.of());
        Map<String, Integer> counts = catalog.facetCounts(FacetDimension.TOPIC.field());
        Map<String, List<TopicsPage.Entry>> byKind = new LinkedHashMap<>();
        byKind.put("theme", new ArrayList<>());
        byKind.put("application", new ArrayList<>());
        for (Topic t : catalog.searcher().topics()) {
            String kind = t.kind() == null || t.kind().isBlank() ? "other" : t.kind();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new TopicsPage.Entry(t.label(),
                    Paths.topic(t.id()), t.description(), counts.getOrDefault(t.id(), 0)));
        }
        List<TopicsPage.Group> groups = byKind.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new TopicsPage.Group(e.getKey(), heading(e.getKey()), e.getValue())).toList();
        PageController.render(ctx, "topics.jte", new TopicsPage(groups));
    }

    public void speakers(Context ctx) {
        Paging.allowOnly(ctx.queryParamMap(), List.of("letter", "page"));
        String letter = letter(SearchParams.single(ctx.queryParamMap(), "letter", ""));
        int page = Paging.page(ctx.queryParamMap());
        List<FacetValue> shown = speakers.names(letter);
        Paging.requireExists(page, shown.size(), SPEAKERS_PER_PAGE);
        List<SpeakersPage.Entry> entries = Paging.slice(shown, page, SPEAKERS_PER_PAGE).stream()
                .map(v -> speakers.listing(v, TALKS_SHOWN))
                .map(l -> new SpeakersPage.Entry(l.speaker().name(), Paths.speaker(l.slug()), l.speaker().affiliation(), l.count(),
                        l.talks().stream().map(t -> new Link(t.title(), Paths.talk(t.id()))).toList()))
                .toList();
        Set<String> present = speakers.letters();
        List<SpeakersPage.Letter> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.add(letterLink(String.valueOf(c), present, letter));
        }
        letters.add(letterLink(SpeakerDirectory.OTHER, present, letter));
        List<Map.Entry<String, String>> params = letter == null ? List.of() : List.of(Map.entry("letter", letter));
        PageController.render(ctx, "speakers.jte", new SpeakersPage(shown.size(), letter, letters, entries,
                Paging.pager("/speakers", params, page, shown.size(), SPEAKERS_PER_PAGE)));
    }

    public void datasets(Context ctx) {
        Paging.allowOnly(ctx.queryParamMap(), List.of("page"));
        int page = Paging.page(ctx.queryParamMap());
        List<Dataset> all = catalog.searcher().datasets();
        Paging.requireExists(page, all.size(), DATASETS_PER_PAGE);
        Map<String, Integer> counts = catalog.facetCounts(FacetDimension.DATASET.field());
        List<DatasetsPage.Entry> entries = Paging.slice(all, page, DATASETS_PER_PAGE).stream()
                .map(d -> new DatasetsPage.Entry(d.name(), Paths.dataset(d.id()), d.modality(), d.homepage(),
                        counts.getOrDefault(d.id(), 0), talkLinks(FacetDimension.DATASET, d.id(),
                        counts.getOrDefault(d.id(), 0))))
                .toList();
        PageController.render(ctx, "datasets.jte", new DatasetsPage(all.size(), entries,
                Paging.pager("/datasets", List.of(), page, all.size(), DATASETS_PER_PAGE)));
    }

    public void seasons(Context ctx) {
        Paging.allowOnly(ctx.queryParamMap(), List.of());
        TalkCards cards = new TalkCards(catalog.searcher().topics());
        List<SeasonsPage.Entry> entries = seasons.seasons().stream()
                .map(s -> new SeasonsPage.Entry("Season " + s.number(), Paths.season(s.number()), s.count(),
                        dates(s), s.topics().stream()
                        .map(t -> new Link(cards.label(t.value()), Paths.topic(t.value()))).toList()))
                .toList();
        PageController.render(ctx, "seasons.jte", new SeasonsPage(entries));
    }

    private List<Link> talkLinks(FacetDimension dim, String value, int count) {
        if (count == 0) {
            return List.of();
        }
        return catalog.browse(Map.of(dim.field(), List.of(value)), 1, TALKS_SHOWN).talks().stream()
                .map(t -> new Link(t.title(), Paths.talk(t.id()))).toList();
    }

    private static SpeakersPage.Letter letterLink(String l, Set<String> present, String current) {
        String href = present.contains(l) ? "/speakers?letter=" + SearchUrls.encode(l) : null;
        return new SpeakersPage.Letter(l, href, l.equals(current));
    }

    /** The {@code letter} parameter: empty for all, else one of A-Z or #. */
    static String letter(String raw) {
        if (raw.isEmpty()) {
            return null;
        }
        String upper = raw.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]") || upper.equals(SpeakerDirectory.OTHER)) {
            return upper;
        }
        throw RequestException.badParameter("bad_letter", "letter",
                "letter must be one of A-Z or " + SpeakerDirectory.OTHER + ": " + raw);
    }

    private static String dates(SeasonDirectory.Summary s) {
        if (s.first() == null) {
            return "Dates TBA";
        }
        return Objects.equals(s.first(), s.last()) ? TalkCards.when(s.first())
                : TalkCards.when(s.first()) + " – " + TalkCards.when(s.last());
    }

    private static String heading(String kind) {
        return switch (kind) {
            case "theme" -> "Themes";
            case "application" -> "Application areas";
            default -> "Other topics";
        };
    }
}
