package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.SearchRequest;

/**
 * The API's paged lists: {@code /api/v1/talks}, {@code /api/v1/speakers} and {@code /api/v1/seasons}, the JSON twins
 * of the directory pages. Each page costs the same however large the archive.
 */
public final class DirectoryApiController {

    static final int DEFAULT_SIZE = 100;

    private final TalkListController talks;
    private final SpeakerDirectory speakers;
    private final SeasonDirectory seasons;
    private final ApiJson json;

    public DirectoryApiController(ArchiveCatalog catalog, WebConfig config) {
        this.talks = new TalkListController(catalog);
        this.speakers = new SpeakerDirectory(catalog);
        this.seasons = new SeasonDirectory(catalog);
        this.json = new ApiJson(config);
    }

    /** Every talk, newest first, by season, year and series. */
    public void talks(Context ctx) {
        List<String> allowed = new ArrayList<>(TalkListController.browseDimensions().stream()
                .map(FacetDimension::field).toList());
        allowed.addAll(List.of("page", "size"));
        Paging.allowOnly(ctx.queryParamMap(), allowed);
        int page = Paging.page(ctx.queryParamMap());
        int size = size(ctx);
        ArchiveCatalog.TalkPage found = talks.browse(TalkListController.filters(ctx.queryParamMap()), page, size);
        ApiController.send(ctx, ApiJson.page("talks", found.talks().stream().map(json::summary).toList(),
                found.total(), page, size));
    }

    /** Speakers A-Z, optionally those of one initial. */
    public void speakers(Context ctx) {
        Paging.allowOnly(ctx.queryParamMap(), List.of("letter", "page", "size"));
        String letter = DirectoryController.letter(SearchParams.single(ctx.queryParamMap(), "letter", ""));
        int page = Paging.page(ctx.queryParamMap());
        int size = size(ctx);
        List<FacetValue> names = speakers.names(letter);
        // Every talk id of each speaker: a speaker's talks are few even in a large archive.
        List<Map<String, Object>> items = Paging.slice(names, page, size).stream()
                .map(v -> speakers.listing(v, Math.min(SearchRequest.MAX_SIZE, Math.max(1, v.count()))))
                .map(json::speakerListing).toList();
        ApiController.send(ctx, ApiJson.page("speakers", items, names.size(), page, size));
    }

    /** Every season with its dates and most frequent topics. */
    public void seasons(Context ctx) {
        Paging.allowOnly(ctx.queryParamMap(), List.of());
        ApiController.send(ctx, Map.of("seasons", seasons.seasons().stream().map(json::season).toList()));
    }

    private static int size(Context ctx) {
        return Paging.number(ctx.queryParamMap(), "size", DEFAULT_SIZE, SearchRequest.MAX_SIZE);
    }
}
