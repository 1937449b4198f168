package org.talkarchive.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Chapter;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.Topic;
import org.talkarchive.search.FacetResult;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.PassageHit;
import org.talkarchive.search.RelatedTalk;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.Snippet;
import org.talkarchive.search.Suggestion;
import org.talkarchive.search.TalkDetail;
import org.talkarchive.search.TalkSummary;

/**
 * The API's JSON shapes, written out field by field (snake_case) so the wire format is stated in one place and
 * matches {@code openapi.json}, whatever the records' Java names become.
 */
public final class ApiJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final WebConfig config;

    public ApiJson(WebConfig config) {
        this.config = config;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The search response without {@code took_ms}, which is added last so it can be left out of the ETag; each facet
     * lists at most {@code facetLimit} values and says how many it has in all.
     */
    Map<String, Object> search(SearchResponse response, FacetLimit facetLimit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", response.request().query());
        out.put("mode", response.request().mode().label());
        out.put("sort", response.request().effectiveSort().label());
        out.put("page", response.request().page());
        out.put("size", response.request().size());
        out.put("total", response.total());
        out.put("corrected_query", response.correctedQuery());
        out.put("did_you_mean", response.suggestedQuery());
        // Only when true, so a complete answer reads as before; the ETag then differs for a partial one.
        if (response.partial()) {
            out.put("partial", true);
        }
        out.put("hits", response.hits().stream().map(this::hit).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        for (FacetResult facet : response.facets()) {
            facets.put(facet.dimension(), facet(facet, facetLimit));
        }
        out.put("facets", facets);
        return out;
    }

    private Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> out = summary(hit.talk());
        out.put("score", hit.score());
        out.put("ranks", hit.ranks());
        out.put("snippets", hit.snippets().stream().map(ApiJson::snippet).toList());
        out.put("passages", hit.passages().stream().map(p -> passageHit(hit.talk(), p)).toList());
        return out;
    }

    private static Map<String, Object> snippet(Snippet snippet) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", snippet.field());
        out.put("html", Highlights.html(snippet.fragment()));
        return out;
    }

    private Map<String, Object> passageHit(TalkSummary talk, PassageHit passage) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", passage.start());
        out.put("end", passage.end());
        out.put("text", passage.text().text());
        out.put("html", Highlights.html(passage.text()));
        Map<String, Object> fragment = new LinkedHashMap<>();
        fragment.put("text", passage.fragment().text());
        fragment.put("html", Highlights.html(passage.fragment()));
        out.put("fragment", fragment);
        out.put("link", passage.link());
        out.put("transcript_url", config.absolute(Paths.transcriptAnchor(talk.id(), passage.start())));
        return out;
    }

    private static Map<String, Object> facet(FacetResult facet, FacetLimit limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", FacetLabels.dimension(facet.dimension()));
        out.put("values", limit.apply(facet.values()).stream().map(v -> facetValue(facet.dimension(), v)).toList());
        out.put("value_count", facet.valueCount());
        return out;
    }

    private static Map<String, Object> facetValue(String dimension, FacetValue value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", value.value());
        out.put("label", FacetLabels.value(dimension, value));
        out.put("count", value.count());
        out.put("selected", value.selected());
        return out;
    }

    public Map<String, Object> summary(TalkSummary talk) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", talk.id());
        out.put("code", talk.code());
        out.put("title", talk.title());
        out.put("speakers", talk.speakers());
        out.put("date", talk.date() == null ? null : talk.date().toString());
        out.put("status", talk.status());
        out.put("topics", talk.topics());
        out.put("inferred_topics", talk.inferredTopics());
        out.put("datasets", talk.datasets());
        out.put("url", config.absolute(Paths.talk(talk.id())));
        out.put("video", talk.video());
        return out;
    }

    /** @param archive names the series in the citation */
    public Map<String, Object> talk(TalkDetail detail, ArchiveIdentity archive) {
        Talk talk = detail.talk();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", talk.id());
        out.put("code", talk.code());
        out.put("title", talk.title());
        out.put("series", talk.series());
        out.put("season", talk.season());
        out.put("episode", talk.episode());
        out.put("date", talk.date() == null ? null : talk.date().toString());
        out.put("status", talk.status().label());
        out.put("speakers", talk.speakers().stream().map(this::speaker).toList());
        out.put("topics", talk.topics());
        out.put("inferred_topics", detail.inferredTopics());
        out.put("source_tags", talk.tags());
        out.put("language", talk.language());
        out.put("datasets", detail.datasets());
        out.put("abstract", talk.abstractText());
        out.put("video", talk.video());
        out.put("url", config.absolute(Paths.talk(talk.id())));
        out.put("bibtex", BibTex.of(talk, config.absolute(Paths.talk(talk.id())), archive));
        out.put("chapters", talk.chapters().stream().map(c -> chapter(talk, c)).toList());
        out.put("transcript", detail.transcript().stream().map(p -> passage(talk, p)).toList());
        return out;
    }

    private static Map<String, Object> chapter(Talk talk, Chapter chapter) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", chapter.start());
        out.put("title", chapter.title());
        out.put("link", talk.videoLinkAt(chapter.start()).orElse(null));
        return out;
    }

    private Map<String, Object> passage(Talk talk, Passage passage) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", passage.start());
        out.put("end", passage.end());
        out.put("text", passage.text());
        out.put("link", talk.videoLinkAt(passage.start()).orElse(null));
        return out;
    }

    public Map<String, Object> speaker(Speaker speaker) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", speaker.name());
        out.put("slug", speaker.slug());
        out.put("affiliation", speaker.affiliation());
        out.put("country", speaker.country());
        out.put("website", speaker.website());
        out.put("bio", speaker.bio());
        out.put("url", config.absolute(Paths.speaker(speaker.slug())));
        return out;
    }

    Map<String, Object> speakerListing(SpeakerDirectory.Listing listing) {
        Map<String, Object> out = speaker(listing.speaker());
        out.remove("bio");
        out.put("talks", listing.talks().stream().map(TalkSummary::id).toList());
        return out;
    }

    Map<String, Object> season(SeasonDirectory.Summary season) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("season", season.number());
        out.put("talks", season.count());
        out.put("first", season.first() == null ? null : season.first().toString());
        out.put("last", season.last() == null ? null : season.last().toString());
        out.put("topics", season.topics().stream().map(FacetValue::value).toList());
        out.put("url", config.absolute(Paths.season(season.number())));
        return out;
    }

    /** The envelope of a paged list: its items under {@code name}, and where this page sits. */
    static Map<String, Object> page(String name, List<?> items, int total, int page, int size) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("page", page);
        out.put("pages", Paging.pages(total, size));
        out.put(name, items);
        return out;
    }

    public Map<String, Object> related(RelatedTalk related) {
        Map<String, Object> out = summary(related.talk());
        out.put("score", related.score());
        out.put("reasons", related.reasons());
        return out;
    }

    public Map<String, Object> topic(Topic topic, int talks) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", topic.id());
        out.put("label", topic.label());
        out.put("kind", topic.kind());
        out.put("description", topic.description());
        out.put("talks", talks);
        out.put("url", config.absolute(Paths.topic(topic.id())));
        return out;
    }

    public Map<String, Object> dataset(Dataset dataset, int talks) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", dataset.id());
        out.put("name", dataset.name());
        out.put("aliases", dataset.aliases());
        out.put("modality", dataset.modality());
        out.put("homepage", dataset.homepage());
        out.put("talks", talks);
        out.put("url", config.absolute(Paths.dataset(dataset.id())));
        return out;
    }

    public Map<String, Object> suggestion(Suggestion suggestion) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", suggestion.text());
        out.put("kind", suggestion.kind());
        out.put("value", suggestion.value());
        out.put("url", config.absolute(Paths.suggestion(suggestion)));
        return out;
    }

    public static Map<String, Object> error(RequestException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", e.code());
        body.put("message", e.getMessage());
        body.put("param", e.param());
        return Map.of("error", body);
    }
}
