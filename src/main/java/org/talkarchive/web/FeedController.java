package org.talkarchive.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.talkarchive.corpus.Talk;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SortOrder;
import org.talkarchive.search.TalkSummary;

/**
 * The Atom feeds (all talks, and any search as a saved search) and the iCalendar files of upcoming talks (all, or
 * those of a topic, series or any other facet).
 */
public final class FeedController {

    /** Entries of a saved-search feed: feed readers poll often and only need what is new. */
    static final int SEARCH_FEED_SIZE = 50;

    private final ArchiveCatalog catalog;
    private final WebConfig config;

    public FeedController(ArchiveCatalog catalog, WebConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    /** The newest 100 talks: a feed reader wants what is new, and the whole archive may be 20,000 talks. */
    public void atom(Context ctx) {
        List<Talk> talks = described(catalog.browse(Map.of(), 1, SearchRequest.MAX_SIZE).talks());
        ctx.contentType(ATOM).result(atom(talks, title("talks"), "/feed.atom", "/"));
    }

    /**
     * A search as a feed: the same parameters as {@code /search}, newest matching talks first, so a reader
     * subscribed to a subject hears of a new talk as soon as it is indexed.
     */
    public void search(Context ctx) {
        SearchRequest asked = SearchParams.parse(ctx.queryParamMap());
        SearchRequest newest = new SearchRequest(asked.query(), asked.mode(), asked.filters(), SortOrder.DATE, 1,
                SEARCH_FEED_SIZE);
        List<Talk> talks = described(catalog.searcher().search(newest).hits().stream().map(SearchHit::talk)
                .toList());
        ctx.contentType(ATOM).result(atom(talks, title(("talks " + describe(asked)).strip()), SearchUrls.feed(asked),
                SearchUrls.of(new SearchRequest(asked.query(), asked.mode(), asked.filters(), SortOrder.DATE, 1,
                        SearchParams.DEFAULT_SIZE))));
    }

    /** Upcoming talks, all or those matching facet filters ({@code ?topic=fairness}, {@code ?series=...}). */
    public void upcoming(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Paging.allowOnly(params, SearchParams.facetParameters());
        Map<String, List<String>> filters = new LinkedHashMap<>(SearchParams.parse(params).filters());
        filters.put(FacetDimension.STATUS.field(), List.of("upcoming"));
        List<Talk> upcoming = described(catalog.talksWhere(filters));
        // The filters are the visitor's text, and some calendar apps show a calendar's name as HTML: no markup.
        String filtered = describe(SearchParams.parse(params)).replaceAll("[<>]", "");
        String what = filtered.isEmpty() ? "upcoming talks" : "upcoming talks (" + filtered + ")";
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"upcoming.ics\"")
                .result(Calendar.of(upcoming, title(what), lastChange(catalog.browse(Map.of(), 1, SearchRequest.MAX_SIZE).talks()
                        .stream().map(TalkSummary::date).toList()), config));
    }

    /**
     * The talks as their files describe them: a feed shows no transcript, and reading whole talks would read an
     * hour-long transcript per entry.
     */
    private List<Talk> described(List<TalkSummary> talks) {
        return talks.stream().map(t -> catalog.searcher().talkMetadata(t.id())).flatMap(Optional::stream).toList();
    }

    /** "Datasets through the L👀king-Glass: talks": the archive's name (archive.yml) and what the feed holds. */
    String title(String what) {
        return catalog.searcher().archive().displayName() + ": " + what;
    }

    /** "matching “bias”, topic fairness, season 1": what a saved search asks, for its feed's title. */
    static String describe(SearchRequest request) {
        List<String> parts = new ArrayList<>();
        if (!request.query().isEmpty()) {
            parts.add("matching \u201c" + request.query() + "\u201d");
        }
        request.filters().forEach((dim, values) -> parts.add(dim.replace('_', ' ') + " " + String.join(" or ", values)));
        return String.join(", ", parts);
    }

    String atom(List<Talk> talks, String title, String selfPath, String alternatePath) {
        LocalDate updated = lastChange(talks.stream().map(Talk::date).toList());
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            text(x, "title", title);
            text(x, "subtitle", catalog.searcher().archive().description());
            text(x, "id", config.absolute(selfPath));
            link(x, "self", config.absolute(selfPath));
            link(x, "alternate", config.absolute(alternatePath));
            text(x, "updated", timestamp(updated));
            for (Talk t : talks) {
                x.writeStartElement("entry");
                text(x, "title", (t.code().isEmpty() ? "" : t.code() + ": ") + t.title()
                        + (t.date() == null ? " (upcoming, date TBA)" : ""));
                text(x, "id", config.absolute(Paths.talk(t.id())));
                link(x, "alternate", config.absolute(Paths.talk(t.id())));
                text(x, "updated", timestamp(t.date() != null ? t.date() : updated));
                for (var s : t.speakers()) {
                    x.writeStartElement("author");
                    text(x, "name", s.name());
                    x.writeEndElement();
                }
                for (String topic : t.topics()) {
                    x.writeEmptyElement("category");
                    x.writeAttribute("term", topic);
                }
                text(x, "summary", t.abstractText() == null ? "" : t.abstractText());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
    }

    private static final String ATOM = "application/atom+xml; charset=utf-8";

    /** The newest talk date: a stable "updated" stamp, so the feed's ETag only changes when the talks do. */
    /** The newest of some talks' dates (null for undated ones), or 2000-01-01 when none has one. */
    static LocalDate lastChange(List<LocalDate> dates) {
        return dates.stream().filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(LocalDate.of(2000, 1, 1));
    }

    private static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlSafe(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    /** XML 1.0 cannot carry most control characters even escaped. */
    static String xmlSafe(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
