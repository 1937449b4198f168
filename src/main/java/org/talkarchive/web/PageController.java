package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Slugs;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.corpus.Topic;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.PassageHit;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.Suggestion;
import org.talkarchive.search.TalkDetail;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.search.TalkSummary;
import org.talkarchive.web.view.HomePage;
import org.talkarchive.web.view.Link;
import org.talkarchive.web.view.ListPage;
import org.talkarchive.web.view.PageMeta;
import org.talkarchive.web.view.TalkCard;
import org.talkarchive.web.view.TalkPage;

/** The server-rendered pages: reads the request, asks the searcher, hands one model record to one template. */
public final class PageController {

    static final int RELATED_TALKS = 5;
    static final int LATEST_TALKS = 6;
    static final int SUGGESTIONS = 5;
    /** Link previews show about two lines of the abstract. */
    static final int PREVIEW_CHARS = 200;

    private final TalkSearcher searcher;
    private final ArchiveCatalog catalog;
    private final WebConfig config;
    private final SpeakerDirectory speakers;

    public PageController(ArchiveCatalog catalog, WebConfig config) {
        this.searcher = catalog.searcher();
        this.catalog = catalog;
        this.config = config;
        this.speakers = new SpeakerDirectory(catalog);
    }

    public void home(Context ctx) {
        TalkCards cards = cards();
        // From the in-memory catalogue, not searches: a search counts every facet (at 20,000 talks, 20,000 speakers)
        // and the home page needs none of them.
        String status = FacetDimension.STATUS.field();
        long total = catalog.allTalks().size();
        List<TalkCard> upcoming = cards.cards(catalog.talksWhere(status, "upcoming"));
        List<TalkCard> latest = cards.cards(catalog.newest(status, "past", LATEST_TALKS));
        List<Topic> topics = searcher.topics();
        List<Link> seasons = seasonLinks();
        HomePage page = new HomePage((int) total, speakers.count(), seasons.size(), upcoming, latest,
                TopicSeasonChart.build(catalog, topics),
                topics.stream().map(t -> new Link(t.label(), Paths.topic(t.id()))).toList(), seasons);
        render(ctx, "home.jte", page);
    }

    public void search(Context ctx) {
        SearchRequest request = SearchParams.parse(ctx.queryParamMap());
        FacetLimit facetLimit = FacetLimit.parse(ctx.queryParamMap());
        SearchResponse response = searcher.search(request, facetLimit.value());
        List<Suggestion> suggestions = response.total() == 0 && !request.query().isEmpty()
                ? searcher.suggest(request.query(), SUGGESTIONS) : List.of();
        render(ctx, "search.jte", SearchPageBuilder.build(request, response, suggestions, cards(), facetLimit));
    }

    public void talk(Context ctx) {
        String id = ctx.pathParam("id");
        TalkDetail detail = searcher.talk(id)
                .orElseThrow(() -> RequestException.notFound("There is no talk with the id “" + id + "”."));
        TalkCards cards = cards();
        Talk talk = detail.talk();
        List<TalkPage.Related> related = searcher.related(talk.id(), RELATED_TALKS).stream()
                .map(r -> new TalkPage.Related(cards.card(r.talk()), r.reasons())).toList();
        List<TalkPage.Line> transcript = detail.transcript().stream()
                .map(p -> new TalkPage.Line(Paths.anchor(p.start()), Paths.clock(p.start()), (long) p.start(),
                        p.text(), talk.videoLinkAt(p.start()).orElse(null)))
                .toList();
        Map<String, String> datasetNames = new HashMap<>();
        searcher.datasets().forEach(d -> datasetNames.put(d.id(), d.name()));
        List<TalkPage.Line> chapters = talk.chapters().stream()
                .map(c -> new TalkPage.Line("chapter-" + Paths.anchor(c.start()), Paths.clock(c.start()), (long) c.start(),
                        c.title(), talk.videoLinkAt(c.start()).orElse(null)))
                .toList();
        TalkPage page = new TalkPage(cards.card(summaryOf(detail)),
                new Link(talk.series(), Paths.series(talk.series())),
                talk.season() == null ? null : new Link("Season " + talk.season(), Paths.season(talk.season())),
                talk.speakers().stream().map(PageController::speakerBlock).toList(),
                talk.abstractText(), talk.video(), talk.youtubeId().orElse(null),
                cards.topicLinks(talk.topics()), cards.topicLinks(detail.inferredTopics()),
                talk.tags().stream().map(t -> new Link(t,
                        SearchUrls.filtered(FacetDimension.SOURCE_TAG.field(), t))).toList(),
                detail.datasets().stream()
                        .map(d -> new Link(datasetNames.getOrDefault(d, d), Paths.dataset(d))).toList(),
                chapters, transcript, related, BibTex.of(talk, config.absolute(Paths.talk(talk.id())),
                        searcher.archive()),
                "/api/v1/talks/" + SearchUrls.encode(talk.id()), meta(talk),
                transcript.isEmpty() ? null : searchInTalk(talk, ctx));
        render(ctx, "talk.jte", page);
    }

    /** The "search in this talk" box: its query ({@code q}) and every moment of the transcript that matches it. */
    private TalkPage.InTalkSearch searchInTalk(Talk talk, Context ctx) {
        String query = SearchParams.single(ctx.queryParamMap(), "q", "").strip();
        String action = Paths.talk(talk.id()) + "#search-in-talk";
        if (query.isEmpty()) {
            return new TalkPage.InTalkSearch(action, "", List.of());
        }
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw RequestException.badParameter("query_too_long", "q",
                    "q is longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters");
        }
        List<TalkPage.Moment> moments = new java.util.ArrayList<>();
        for (SearchHit hit : searcher.search(SearchRequest.of(query).inTalk(talk.id())).hits()) {
            for (PassageHit p : hit.passages()) {
                moments.add(new TalkPage.Moment("#" + Paths.anchor(p.start()), Paths.clock(p.start()),
                        Highlights.html(p.fragment()), p.link()));
            }
        }
        return new TalkPage.InTalkSearch(action, query, moments);
    }

    /** The talk's link preview (who, when, what) and its schema.org JSON-LD. */
    private PageMeta meta(Talk talk) {
        String who = talk.speakers().stream().map(s -> s.affiliation() == null || s.affiliation().isBlank()
                ? s.name() : s.name() + " (" + s.affiliation() + ")").collect(Collectors.joining(", "));
        String text = talk.abstractText() == null ? "" : talk.abstractText().strip();
        String description = (who.isEmpty() ? "" : who + " · ") + TalkCards.when(talk.date())
                + (text.isEmpty() ? "" : ". " + (text.length() > PREVIEW_CHARS
                ? text.substring(0, PREVIEW_CHARS).replaceFirst("\\s+\\S*$", "") + "…" : text));
        return new PageMeta(description, talk.youtubeId().map(TalkJsonLd::thumbnail).orElse(null),
                talk.youtubeId().isPresent() ? "video.other" : "website",
                TalkJsonLd.of(talk, config.absolute(Paths.talk(talk.id())), searcher.archive(), config));
    }

    public void topic(Context ctx) {
        String id = ctx.pathParam("topic");
        Topic topic = searcher.topics().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> RequestException.notFound("There is no topic “" + id + "”."));
        String dim = FacetDimension.TOPIC.field();
        ListPage page = new ListPage(topic.kind() == null ? "Topic" : capitalise(topic.kind()), topic.label(),
                topic.description(), List.of(), List.of(), cards().cards(catalog.talksWhere(dim, id)),
                SearchUrls.filtered(dim, id), SearchUrls.filteredFeed(dim, id), SearchUrls.upcomingCalendar(dim, id));
        render(ctx, "list.jte", page);
    }

    public void dataset(Context ctx) {
        String slug = ctx.pathParam("slug");
        Dataset dataset = searcher.datasets().stream().filter(d -> d.id().equals(slug)).findFirst()
                .orElseThrow(() -> RequestException.notFound("There is no dataset “" + slug + "”."));
        String dim = FacetDimension.DATASET.field();
        List<ListPage.Fact> facts = new ArrayList<>();
        if (dataset.modality() != null && !dataset.modality().isBlank()) {
            facts.add(new ListPage.Fact("Modality", dataset.modality()));
        }
        if (!dataset.aliases().isEmpty()) {
            facts.add(new ListPage.Fact("Also called", String.join(", ", dataset.aliases())));
        }
        List<Link> links = dataset.homepage() == null ? List.of()
                : List.of(new Link("Dataset homepage", dataset.homepage()));
        ListPage page = new ListPage("Dataset", dataset.name(), "Talks that discuss " + dataset.name() + ".",
                facts, links, cards().cards(catalog.talksWhere(dim, slug)), SearchUrls.filtered(dim, slug),
                SearchUrls.filteredFeed(dim, slug), null);
        render(ctx, "list.jte", page);
    }

    public void speaker(Context ctx) {
        String slug = ctx.pathParam("slug");
        FacetValue value = speakers.bySlug(slug)
                .orElseThrow(() -> RequestException.notFound("There is no speaker “" + slug + "”."));
        // Their talks from one search on the speaker facet, not a pass over every talk of the archive.
        SpeakerDirectory.Listing profile = speakers.listing(value, Math.min(SearchRequest.MAX_SIZE, value.count()));
        Speaker s = profile.speaker();
        List<ListPage.Fact> facts = new ArrayList<>();
        if (s.affiliation() != null && !s.affiliation().isBlank()) {
            facts.add(new ListPage.Fact("Affiliation", s.affiliation()));
        }
        if (s.country() != null && !s.country().isBlank()) {
            facts.add(new ListPage.Fact("Country", s.country()));
        }
        List<Link> links = s.website() == null || s.website().isBlank() ? List.of()
                : List.of(new Link("Website", s.website()));
        String name = TextNormalizer.forIndex(s.name());
        String dim = FacetDimension.SPEAKER.field();
        ListPage page = new ListPage("Speaker", s.name(), s.bio(), facts, links, cards().cards(profile.talks()),
                null, SearchUrls.filteredFeed(dim, name), null);
        render(ctx, "list.jte", page);
    }

    public void season(Context ctx) {
        int n = Seasons.number(ctx.pathParam("n"));
        String dim = FacetDimension.SEASON.field();
        Optional<FacetValue> value = catalog.facet(dim, Map.of()).stream()
                .filter(v -> Seasons.number(v.value()) == n && ctx.pathParam("n").matches("\\d{1,3}")).findFirst();
        if (value.isEmpty()) {
            throw RequestException.notFound("There is no season “" + ctx.pathParam("n") + "”.");
        }
        List<TalkSummary> talks = new ArrayList<>(catalog.talksWhere(dim, value.get().value()));
        talks.sort(Comparator.comparing(TalkSummary::date, Comparator.nullsLast(Comparator.naturalOrder())));
        ListPage page = new ListPage("Season", "Season " + n, talks.size() + (talks.size() == 1 ? " talk" : " talks")
                + " of the series.", List.of(), List.of(), cards().cards(talks),
                SearchUrls.filtered(dim, value.get().value()), null,
                SearchUrls.upcomingCalendar(dim, value.get().value()));
        render(ctx, "list.jte", page);
    }

    /** A series (or event) and its talks, oldest first, found by the slug of its name. */
    public void series(Context ctx) {
        String slug = ctx.pathParam("slug");
        String dim = FacetDimension.SERIES.field();
        FacetValue value = catalog.facet(dim, Map.of()).stream()
                .filter(v -> Slugs.slugify(v.value()).equals(slug)).findFirst()
                .orElseThrow(() -> RequestException.notFound("There is no series “" + slug + "”."));
        List<TalkSummary> talks = new ArrayList<>(catalog.talksWhere(dim, value.value()));
        talks.sort(Comparator.comparing(TalkSummary::date, Comparator.nullsLast(Comparator.naturalOrder())));
        ListPage page = new ListPage("Series", value.value(), talks.size() + (talks.size() == 1 ? " talk." : " talks."),
                List.of(), List.of(), cards().cards(talks), SearchUrls.filtered(dim, value.value()),
                SearchUrls.filteredFeed(dim, value.value()), SearchUrls.upcomingCalendar(dim, value.value()));
        render(ctx, "list.jte", page);
    }

    private List<Link> seasonLinks() {
        return catalog.facet(FacetDimension.SEASON.field(), Map.of()).stream()
                .map(v -> Seasons.number(v.value())).filter(n -> n > 0).sorted().distinct()
                .map(n -> new Link("Season " + n, Paths.season(n))).toList();
    }

    private TalkCards cards() {
        return new TalkCards(searcher.topics());
    }

    static TalkSummary summaryOf(TalkDetail detail) {
        Talk t = detail.talk();
        return new TalkSummary(t.id(), t.code(), t.title(), t.speakers().stream().map(Speaker::name).toList(),
                t.date(), t.status().label(), t.topics(), detail.inferredTopics(), detail.datasets(), t.video());
    }

    private static TalkPage.SpeakerBlock speakerBlock(Speaker s) {
        return new TalkPage.SpeakerBlock(s.name(), Paths.speaker(s.slug()), s.affiliation(), s.country(),
                s.website(), s.bio());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static void render(Context ctx, String template, Object page) {
        Pages.secureHeaders(ctx);
        ctx.render(template, Map.of("page", page));
    }
}
