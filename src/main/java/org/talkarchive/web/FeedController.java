package org.talkarchive.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.talkarchive.search.TalkDetail;
import org.talkarchive.search.TalkSummary;

/** The Atom feed of all talks and the iCalendar file of upcoming ones. */
public final class FeedController {

    private final ArchiveCatalog catalog;
    private final WebConfig config;

    public FeedController(ArchiveCatalog catalog, WebConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    public void atom(Context ctx) {
        List<TalkDetail> talks = catalog.allDetails();
        ctx.contentType("application/atom+xml; charset=utf-8").result(atom(talks, title("talks")));
    }

    public void upcoming(Context ctx) {
        List<TalkDetail> upcoming = catalog.allDetails().stream()
                .filter(d -> d.talk().status().label().equals("upcoming")).toList();
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"upcoming.ics\"")
                .result(Calendar.of(upcoming, title("upcoming talks"), lastChange(catalog.allTalks()), config));
    }

    /** "Datasets through the L👀king-Glass: talks": the archive's name (archive.yml) and what the feed holds. */
    String title(String what) {
        return catalog.searcher().archive().displayName() + ": " + what;
    }

    String atom(List<TalkDetail> talks, String title) {
        LocalDate updated = lastChange(talks.stream().map(PageController::summaryOf).toList());
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            text(x, "title", title);
            text(x, "subtitle", catalog.searcher().archive().description());
            text(x, "id", config.absolute("/feed.atom"));
            link(x, "self", config.absolute("/feed.atom"));
            link(x, "alternate", config.absolute("/"));
            text(x, "updated", timestamp(updated));
            for (TalkDetail d : talks) {
                var t = d.talk();
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

    /** The newest talk date: a stable "updated" stamp, so the feed's ETag only changes when the talks do. */
    static LocalDate lastChange(List<TalkSummary> talks) {
        return talks.stream().map(TalkSummary::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
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
