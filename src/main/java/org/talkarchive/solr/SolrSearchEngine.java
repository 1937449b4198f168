package org.talkarchive.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.talkarchive.corpus.Passage;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.index.Fields;
import org.talkarchive.index.TalkDocuments;
import org.talkarchive.index.TalkJson;
import org.talkarchive.search.FacetCounts;
import org.talkarchive.search.Fragment;
import org.talkarchive.search.Hit;
import org.talkarchive.search.LexicalQuery;
import org.talkarchive.search.Scope;
import org.talkarchive.search.SearchBudget;
import org.talkarchive.search.SearchEngine;
import org.talkarchive.search.StoredTextHighlighter;
import org.talkarchive.search.StoredTalk;
import org.talkarchive.search.VectorQuery;

/**
 * The SolrCloud backend of {@link SearchEngine}: one collection, named (not through the alias, so an engine keeps
 * answering from the collection it opened while a new build is published). Lexical and vector queries, facets and
 * stored texts come from Solr; highlighting runs here over the stored texts with the embedded index's highlighter,
 * so fragments are the same whichever engine answers.
 */
final class SolrSearchEngine implements SearchEngine {

    private static final String TALKS = SolrFields.TYPE + ":" + Fields.TYPE_TALK;
    private static final String PASSAGES = SolrFields.TYPE + ":" + Fields.TYPE_PASSAGE;
    /** Solr wants a row count; every talk of the largest archive fits. */
    private static final int ALL_ROWS = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudSolrClient client;
    private final String collection;
    private final Map<String, String> meta;
    private final Map<String, StoredTalk> talks;

    SolrSearchEngine(CloudSolrClient client, String collection) throws IOException {
        this.client = client;
        this.collection = collection;
        this.meta = loadMeta();
        this.talks = loadTalks();
    }

    /** Solr's query parsers have no BM25F (Lucene's CombinedFieldQuery): plain queries are summed per field. */
    @Override
    public boolean combinesFields() {
        return false;
    }

    @Override
    public Map<String, String> meta() {
        return meta;
    }

    @Override
    public Map<String, StoredTalk> talks() {
        return talks;
    }

    @Override
    public List<Hit> lexical(LexicalQuery query, Scope scope, int k, SearchBudget budget) throws IOException {
        ModifiableSolrParams params = scoped(SolrQueries.toSolr(query), scope);
        params.set("rows", Math.max(1, k));
        params.set("fl", SolrFields.TALK_ID + "," + Fields.ORDINAL + ",score");
        params.set("timeAllowed", (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget.remaining().toMillis())));
        return hits(query(params).getResults(), false);
    }

    @Override
    public int count(LexicalQuery query, Scope scope) throws IOException {
        ModifiableSolrParams params = scoped(SolrQueries.toSolr(query), scope);
        params.set("rows", 0);
        return (int) query(params).getResults().getNumFound();
    }

    @Override
    public List<Hit> nearest(VectorQuery query, SearchBudget budget) throws IOException {
        StringBuilder vector = new StringBuilder("[");
        for (int i = 0; i < query.vector().length; i++) {
            vector.append(i == 0 ? "" : ",").append(query.vector()[i]);
        }
        // Filter queries are the knn query's pre-filter in Solr 9+, as Lucene's KnnFloatVectorQuery filter.
        ModifiableSolrParams params = scoped("{!knn f=" + Fields.VECTOR + " topK=" + query.k() + "}" + vector + "]",
                query.scope());
        params.set("rows", query.k());
        params.set("fl", SolrFields.TALK_ID + "," + Fields.ORDINAL + ",score");
        return hits(query(params).getResults(), true);
    }

    /** A query restricted to a scope: the document kind, then the talks. */
    private static ModifiableSolrParams scoped(String q, Scope scope) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", q);
        params.add("fq", scope.kind() == Scope.Kind.TALK ? TALKS : PASSAGES);
        if (scope.talkIds() != null) {
            params.add("fq", talkIdFilter(scope.talkIds()));
        }
        return params;
    }

    private static String talkIdFilter(Collection<String> ids) {
        if (ids.isEmpty()) {
            return SolrQueries.NOTHING;
        }
        // The terms parser splits on commas; talk ids are slugs without them.
        return "{!terms f=" + SolrFields.TALK_ID + "}" + String.join(",", ids);
    }

    private static List<Hit> hits(SolrDocumentList docs, boolean vectorScores) {
        List<Hit> out = new ArrayList<>(docs.size());
        for (SolrDocument doc : docs) {
            Object ordinal = doc.getFieldValue(Fields.ORDINAL);
            float score = ((Number) doc.getFieldValue("score")).floatValue();
            out.add(new Hit((String) doc.getFieldValue(SolrFields.TALK_ID),
                    ordinal == null ? Hit.TALK : ((Number) ordinal).intValue(),
                    vectorScores ? 2.0 * score - 1.0 : score));
        }
        return out;
    }

    @Override
    public FacetCounts facets(Collection<String> candidates, Map<String, List<String>> filters,
                              Map<String, Integer> limits) throws IOException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.add("fq", TALKS);
        if (candidates != null) {
            params.add("fq", talkIdFilter(candidates));
        }
        // Each dimension's filter is tagged and left out of its own counts: drill-sideways.
        filters.forEach((dim, values) -> {
            String field = SolrFields.facet(FacetDimension.byField(dim).orElseThrow());
            params.add("fq", "{!tag=" + dim + "}" + field + ":(" + values.stream()
                    .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(" OR ")) + ")");
        });
        params.set("facet", true);
        params.set("facet.limit", -1);
        params.set("facet.mincount", 1);
        for (FacetDimension dim : FacetDimension.values()) {
            params.add("facet.field", (filters.containsKey(dim.field()) ? "{!ex=" + dim.field() + "}" : "")
                    + SolrFields.facet(dim));
        }
        params.set("rows", ALL_ROWS);
        params.set("fl", SolrFields.TALK_ID);
        QueryResponse response = query(params);
        Set<String> matching = new HashSet<>();
        response.getResults().forEach(d -> matching.add((String) d.getFieldValue(SolrFields.TALK_ID)));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Integer> valueCounts = new LinkedHashMap<>();
        for (FacetDimension dim : FacetDimension.values()) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetField field = response.getFacetField(SolrFields.facet(dim));
            if (field != null && field.getValues() != null) {
                field.getValues().forEach(c -> values.put(c.getName(), (int) c.getCount()));
            }
            // Classic field faceting cannot say how many values a cut list left out, so every value is counted
            // (as before) and the limit applied here: the answer is the embedded index's, the Solr-side cost is not.
            valueCounts.put(dim.field(), values.size());
            Integer limit = limits.get(dim.field());
            counts.put(dim.field(), limit == null ? values
                    : FacetCounts.top(values, limit, filters.getOrDefault(dim.field(), List.of())));
        }
        return new FacetCounts(matching, counts, valueCounts);
    }

    @Override
    public List<Map<String, Fragment>> highlightTalks(List<String> fields, LexicalQuery query, List<String> talkIds,
                                                      int fragments) throws IOException {
        if (talkIds.isEmpty()) {
            return List.of();
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", talkIds.stream().map(id -> SolrFields.KEY + ":" + ClientUtils.escapeQueryChars(id))
                .collect(Collectors.joining(" OR ")));
        params.set("fl", SolrFields.KEY + "," + String.join(",", fields));
        params.set("rows", talkIds.size());
        Map<String, SolrDocument> byKey = new HashMap<>();
        for (SolrDocument doc : query(params).getResults()) {
            byKey.put(String.valueOf(doc.getFieldValue(SolrFields.KEY)), doc);
        }
        List<Map<String, List<String>>> texts = talkIds.stream().map(id -> texts(byKey.get(id), fields)).toList();
        return StoredTextHighlighter.highlight(texts, fields, query, fragments);
    }

    @Override
    public List<Fragment> highlightPassages(LexicalQuery query, String talkId, List<Integer> ordinals)
            throws IOException {
        List<Map<String, List<String>>> docs = new ArrayList<>();
        for (int ordinal : ordinals) {
            docs.add(Map.of(Fields.TRANSCRIPT, List.of(passage(talkId, ordinal).text())));
        }
        return StoredTextHighlighter.highlightWhole(docs, List.of(Fields.TRANSCRIPT), query).stream()
                .map(byField -> byField.get(Fields.TRANSCRIPT)).toList();
    }

    private static Map<String, List<String>> texts(SolrDocument doc, List<String> fields) {
        Map<String, List<String>> out = new HashMap<>();
        for (String field : fields) {
            Collection<Object> values = doc.getFieldValues(field);
            if (values != null) {
                out.put(field, values.stream().map(String::valueOf).toList());
            }
        }
        return out;
    }

    @Override
    public Passage passage(String talkId, int ordinal) throws IOException {
        ModifiableSolrParams params = passageParams(talkId);
        params.add("fq", Fields.ORDINAL + ":" + ordinal);
        SolrDocumentList docs = query(params).getResults();
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("talk " + talkId + " has no passage " + ordinal);
        }
        return passageOf(docs.get(0));
    }

    @Override
    public List<Passage> transcript(String talkId) throws IOException {
        ModifiableSolrParams params = passageParams(talkId);
        params.set("sort", Fields.ORDINAL + " asc");
        params.set("rows", ALL_ROWS);
        return query(params).getResults().stream().map(SolrSearchEngine::passageOf).toList();
    }

    private static ModifiableSolrParams passageParams(String talkId) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.add("fq", PASSAGES);
        params.add("fq", "{!term f=" + SolrFields.TALK_ID + "}" + talkId);
        params.set("fl", String.join(",", SolrFields.TALK_ID, Fields.ORDINAL, Fields.START, Fields.END,
                SolrFields.PASSAGE_TEXT));
        return params;
    }

    private static Passage passageOf(SolrDocument doc) {
        return new Passage((String) doc.getFieldValue(SolrFields.TALK_ID),
                ((Number) doc.getFieldValue(Fields.ORDINAL)).intValue(),
                ((Number) doc.getFieldValue(Fields.START)).doubleValue(),
                ((Number) doc.getFieldValue(Fields.END)).doubleValue(),
                (String) doc.getFieldValue(SolrFields.PASSAGE_TEXT));
    }

    @Override
    public boolean knows(String field, String term) throws IOException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "{!term f=" + field + "}" + term);
        params.set("rows", 0);
        return query(params).getResults().getNumFound() > 0;
    }

    /**
     * Solr's DirectSolrSpellChecker, configured as Lucene's DirectSpellChecker defaults (solrconfig.xml): its
     * suggestions come best first; the first within {@code maxEdits} is the answer.
     */
    @Override
    public Optional<String> closestTerm(String field, String word, int maxEdits) throws IOException {
        if (!field.equals(Fields.SPELL) || word.length() < 4 || knows(field, word)) {
            return Optional.empty();
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("spellcheck.q", word);
        params.set("spellcheck.count", 10);
        SpellCheckResponse spelling = query(params, "/spell").getSpellCheckResponse();
        if (spelling == null || spelling.getSuggestions().isEmpty()) {
            return Optional.empty();
        }
        return spelling.getSuggestions().get(0).getAlternatives().stream()
                .filter(s -> editDistance(s, word) <= maxEdits).findFirst();
    }

    /** Damerau-Levenshtein (optimal string alignment), as Lucene's fuzzy matching counts edits. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private Map<String, String> loadMeta() throws IOException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", SolrFields.KEY + ":" + SolrFields.META_KEY);
        params.set("fl", SolrFields.META_JSON);
        SolrDocumentList docs = query(params).getResults();
        if (docs.isEmpty()) {
            return Map.of();
        }
        return JSON.readValue((String) docs.get(0).getFieldValue(SolrFields.META_JSON), new TypeReference<>() { });
    }

    /** Every talk, newest first (announced talks without a date first), as the embedded index lists them. */
    private Map<String, StoredTalk> loadTalks() throws IOException {
        ModifiableSolrParams withTranscript = new ModifiableSolrParams();
        withTranscript.set("q", "*:*");
        withTranscript.add("fq", PASSAGES);
        withTranscript.set("rows", 0);
        withTranscript.set("facet", true);
        withTranscript.set("facet.field", SolrFields.TALK_ID);
        withTranscript.set("facet.limit", -1);
        withTranscript.set("facet.mincount", 1);
        Set<String> transcribed = new HashSet<>();
        FacetField byTalk = query(withTranscript).getFacetField(SolrFields.TALK_ID);
        if (byTalk != null && byTalk.getValues() != null) {
            byTalk.getValues().forEach(c -> transcribed.add(c.getName()));
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", "*:*");
        params.add("fq", TALKS);
        params.set("rows", ALL_ROWS);
        // Ties in the order the talks were written, as the embedded index's doc ids break them.
        params.set("sort", Fields.DATE_SORT + " desc," + SolrFields.POSITION + " asc");
        params.set("fl", String.join(",", SolrFields.TALK_ID, Fields.TALK_JSON, Fields.INFERRED_TOPICS,
                Fields.DATASETS, Fields.VECTOR_BYTES));
        Map<String, StoredTalk> out = new LinkedHashMap<>();
        for (SolrDocument doc : query(params).getResults()) {
            String id = (String) doc.getFieldValue(SolrFields.TALK_ID);
            out.put(id, new StoredTalk(TalkJson.readTalk((String) doc.getFieldValue(Fields.TALK_JSON)),
                    strings(doc, Fields.INFERRED_TOPICS), strings(doc, Fields.DATASETS),
                    TalkDocuments.fromBytes((byte[]) doc.getFieldValue(Fields.VECTOR_BYTES)),
                    transcribed.contains(id)));
        }
        return out;
    }

    private static List<String> strings(SolrDocument doc, String field) {
        Collection<Object> values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private QueryResponse query(ModifiableSolrParams params) throws IOException {
        return query(params, "/select");
    }

    private QueryResponse query(ModifiableSolrParams params, String handler) throws IOException {
        try {
            org.apache.solr.client.solrj.request.QueryRequest request =
                    new org.apache.solr.client.solrj.request.QueryRequest(params, SolrRequest.METHOD.POST);
            request.setPath(handler);
            return request.process(client, collection);
        } catch (SolrServerException e) {
            throw new IOException("Solr collection " + collection + ": " + e.getMessage(), e);
        }
    }

    /** The client is the backend's: it outlives the engines it opens. */
    @Override
    public void close() {
    }
}
