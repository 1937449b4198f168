package org.talkarchive.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Slugs;
import org.talkarchive.corpus.Topic;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.Catalogue;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.TalkSummary;

/**
 * What crawlers and browsers look for at fixed addresses: {@code /robots.txt}, {@code /sitemap.xml} (the sitemaps.org
 * protocol) and {@code /opensearch.xml} (so a browser offers the archive as a search engine).
 */
public final class DiscoveryController {

    /** The sitemap protocol's limit of URLs per file; larger archives get further files, all named in robots.txt. */
    static final int URLS_PER_SITEMAP = 50_000;
    /** OpenSearch 1.1: a ShortName has at most 16 characters. */
    static final int SHORT_NAME = 16;

    private final ArchiveCatalog catalog;
    private final WebConfig config;
    private final SpeakerDirectory speakers;
    private final PerCatalogue<List<SitemapFile>> sitemaps = new PerCatalogue<>(this::sitemapsOf);

    public DiscoveryController(ArchiveCatalog catalog, WebConfig config) {
        this.catalog = catalog;
        this.config = config;
        this.speakers = new SpeakerDirectory(catalog);
    }

    /**
     * Everything may be crawled but the API and search results (an endless space of query and filter
     * combinations; the directories and the sitemap reach every talk).
     */
    public void robots(Context ctx) {
        StringBuilder b = new StringBuilder("User-agent: *\nDisallow: /api/\nDisallow: /search\n");
        int files = sitemaps.get(catalog.searcher().catalogue()).size();
        for (int page = 1; page <= files; page++) {
            b.append("Sitemap: ").append(config.absolute(sitemap(page))).append('\n');
        }
        ctx.contentType("text/plain; charset=utf-8").result(b.toString());
    }

    public void sitemap(Context ctx) {
        Paging.allowOnly(ctx.queryParamMap(), List.of("page"));
        int page = Paging.page(ctx.queryParamMap());
        List<SitemapFile> files = sitemaps.get(catalog.searcher().catalogue());
        Paging.requireExists(page, files.size(), 1);
        SitemapFile file = files.get(page - 1);
        ctx.header("ETag", file.etag());
        ctx.contentType("application/xml; charset=utf-8").result(file.xml());
    }

    /** A sitemap file with its ETag: hashing its 2.5 MB on every request took most of a visit at 21,712 talks. */
    private record SitemapFile(String xml, String etag) {
        SitemapFile(String xml) {
            this(xml, HttpCaching.etagOf(xml));
        }
    }

    /** Every sitemap file of a generation: writing 30,000 URLs took 56 ms at 21,712 talks, a crawler's every visit. */
    private List<SitemapFile> sitemapsOf(Catalogue catalogue) {
        List<String> pages = urlsOf(catalogue);
        List<SitemapFile> files = new ArrayList<>();
        for (int page = 1; page <= Paging.pages(pages.size(), URLS_PER_SITEMAP); page++) {
            List<String> slice = Paging.slice(pages, page, URLS_PER_SITEMAP);
            files.add(new SitemapFile(xml(x -> {
                x.writeStartElement("urlset");
                x.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
                for (String path : slice) {
                    x.writeStartElement("url");
                    x.writeStartElement("loc");
                    x.writeCharacters(config.absolute(path));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
            })));
        }
        return List.copyOf(files);
    }

    public void openSearch(Context ctx) {
        ArchiveIdentity archive = catalog.searcher().archive();
        String name = archive.title();
        ctx.contentType("application/opensearchdescription+xml; charset=utf-8").result(xml(x -> {
            x.writeStartElement("OpenSearchDescription");
            x.writeDefaultNamespace("http://a9.com/-/spec/opensearch/1.1/");
            element(x, "ShortName", name.codePoints().limit(SHORT_NAME)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip());
            element(x, "Description", archive.description());
            element(x, "InputEncoding", "UTF-8");
            x.writeStartElement("Image");
            x.writeAttribute("type", "image/svg+xml");
            x.writeAttribute("width", "16");
            x.writeAttribute("height", "16");
            x.writeCharacters(config.absolute("/static/favicon.svg"));
            x.writeEndElement();
            url(x, "text/html", "/search?q={searchTerms}");
            url(x, "application/atom+xml", "/search.atom?q={searchTerms}");
            x.writeEmptyElement("Url");
            x.writeAttribute("type", "application/opensearchdescription+xml");
            x.writeAttribute("rel", "self");
            x.writeAttribute("template", config.absolute("/opensearch.xml"));
            x.writeEndElement();
        }));
    }

    /** Every page worth indexing: home, directories, talks, topics, datasets, seasons and speakers. */
    private List<String> urlsOf(Catalogue catalogue) {
        List<String> urls = new ArrayList<>(List.of("/", "/talks", "/topics", "/speakers", "/datasets", "/seasons"));
        catalogue.talks().stream().map(TalkSummary::id).map(Paths::talk).forEach(urls::add);
        catalog.searcher().topics().stream().map(Topic::id).map(Paths::topic).forEach(urls::add);
        catalog.searcher().datasets().stream().map(Dataset::id).map(Paths::dataset).forEach(urls::add);
        catalogue.facet(FacetDimension.SEASON.field(), Map.of()).stream().map(FacetValue::value)
                .mapToInt(Seasons::number).filter(n -> n > 0).sorted().mapToObj(Paths::season).forEach(urls::add);
        speakers.names(catalogue).stream()
                .map(v -> Paths.speaker(Slugs.slugify(v.value()))).distinct()
                .forEach(urls::add);
        return List.copyOf(urls);
    }

    static String sitemap(int page) {
        return page == 1 ? "/sitemap.xml" : "/sitemap.xml?page=" + page;
    }

    private void url(XMLStreamWriter x, String type, String pathTemplate) throws XMLStreamException {
        x.writeEmptyElement("Url");
        x.writeAttribute("type", type);
        x.writeAttribute("method", "get");
        x.writeAttribute("template", config.absolute(pathTemplate));
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(FeedController.xmlSafe(text));
        x.writeEndElement();
    }

    private interface XmlBody {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            body.write(x);
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write XML", e);
        }
    }
}
