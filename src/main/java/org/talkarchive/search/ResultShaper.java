package org.talkarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;
import org.talkarchive.index.Fields;

/** Builds a {@link SearchHit}: highlighted snippets and the best transcript passages with deep links. */
final class ResultShaper {

    /** The transcript is not among them: its snippet is the best passage's, already highlighted on its own. */
    private static final String[] SNIPPET_FIELDS = {Fields.TITLE, Fields.ABSTRACT, Fields.BIO};
    /** A hit in a result list shows this many moments of its talk. */
    static final int PASSAGES_PER_HIT = 3;
    /** A search in one talk lists every matching moment, up to this many. */
    static final int MOMENTS_PER_TALK = 100;
    /** How many of a talk's passages the words may match before neighbours are dropped. */
    private static final int MATCHING_PASSAGES = 1000;
    /** How many of the best keyword passages term coverage looks at (as for talks). */
    private static final int COVERAGE_DEPTH = 3;
    /** How many of a talk's passages nearest the query's meaning count as matches by meaning. */
    static final int MEANING_DEPTH = 10;
    private static final int PLAIN_SNIPPET_CHARS = 240;

    private final SearchEngine index;

    ResultShaper(SearchEngine index) {
        this.index = index;
    }

    /**
     * The page's hits, in the order of {@code talks}.
     *
     * @param passageLimit how many of each talk's moments to show
     */
    List<SearchHit> hits(List<StoredTalk> talks, GenerationSearcher.Candidates candidates, boolean browse,
                         int passageLimit) throws IOException {
        List<List<Snippet>> snippets = browse ? null : snippets(talks, candidates.parsed());
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < talks.size(); i++) {
            out.add(browse ? browsed(talks.get(i), candidates)
                    : hit(talks.get(i), candidates, snippets.get(i), passageLimit));
        }
        return out;
    }

    private SearchHit hit(StoredTalk stored, GenerationSearcher.Candidates candidates, List<Snippet> snippets,
                          int passageLimit) throws IOException {
        List<PassageHit> passages = passages(stored, candidates.passages(), passageLimit);
        passages.stream().filter(p -> p.fragment().hasMatches()).findFirst()
                .ifPresent(best -> snippets.add(new Snippet(Fields.TRANSCRIPT, best.fragment())));
        return new SearchHit(stored.summary(), score(stored, candidates), ranks(stored, candidates), snippets,
                passages);
    }

    /** A talk listed without a query: its abstract's opening. */
    private static SearchHit browsed(StoredTalk stored, GenerationSearcher.Candidates candidates) {
        return new SearchHit(stored.summary(), score(stored, candidates), ranks(stored, candidates),
                List.of(plainAbstract(stored.talk())), List.of());
    }

    private static double score(StoredTalk stored, GenerationSearcher.Candidates candidates) {
        return candidates.order().getOrDefault(stored.talk().id(), 0.0);
    }

    /** The talk's rank in each ranking that found it. */
    private static Map<String, Integer> ranks(StoredTalk stored, GenerationSearcher.Candidates candidates) {
        String id = stored.talk().id();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        if (candidates.keywordRanks().containsKey(id)) {
            ranks.put("keyword", candidates.keywordRanks().get(id));
        }
        if (candidates.semanticRanks().containsKey(id)) {
            ranks.put("semantic", candidates.semanticRanks().get(id));
        }
        return ranks;
    }

    /** Per talk, its fields' highlighted snippets: one highlighter call for the whole page. */
    private List<List<Snippet>> snippets(List<StoredTalk> talks, KeywordQuery.Parsed parsed) throws IOException {
        List<Map<String, Fragment>> highlighted = index.highlightTalks(List.of(SNIPPET_FIELDS), parsed.query(),
                talks.stream().map(t -> t.talk().id()).toList(), 2);
        List<List<Snippet>> out = new ArrayList<>();
        for (int i = 0; i < talks.size(); i++) {
            List<Snippet> snippets = new ArrayList<>();
            for (String field : SNIPPET_FIELDS) {
                Fragment fragment = highlighted.get(i).get(field);
                if (fragment != null && fragment.hasMatches()) {
                    snippets.add(new Snippet(field, fragment));
                }
            }
            if (snippets.stream().noneMatch(s -> s.field().equals(Fields.ABSTRACT))) {
                snippets.add(plainAbstract(talks.get(i).talk()));
            }
            out.add(snippets);
        }
        return out;
    }

    /** The abstract's opening, for hits whose words did not match it (semantic matches, browsing). */
    private static Snippet plainAbstract(Talk talk) {
        String text = talk.abstractText().strip();
        if (text.length() > PLAIN_SNIPPET_CHARS) {
            int cut = text.lastIndexOf(' ', PLAIN_SNIPPET_CHARS);
            text = text.substring(0, cut > 0 ? cut : PLAIN_SNIPPET_CHARS) + "…";
        }
        return new Snippet(Fields.ABSTRACT, Fragment.plain(text));
    }

    /** The ordinals of a talk's best passages for a query, best first, no two adjacent. */
    List<Integer> moments(StoredTalk stored, PassageQuery query, int limit) throws IOException {
        if (!stored.hasTranscript()) {
            return List.of();
        }
        String talkId = stored.talk().id();
        List<PassageMatch> keyword = query.mode() == SearchMode.SEMANTIC ? List.of()
                : index.lexical(query.words(), Scope.passagesOf(talkId), MATCHING_PASSAGES, SearchBudget.unlimited())
                        .stream().map(Hit::passage).toList();
        List<PassageMatch> semantic = query.meaning() == null ? List.of()
                : index.nearest(new VectorQuery(query.meaning(), MEANING_DEPTH, Scope.passagesOf(talkId)),
                                SearchBudget.unlimited()).stream()
                        .filter(h -> h.score() >= query.semanticFloor()).map(Hit::passage).toList();
        double weight = query.keywordWeight();
        if (query.mode() == SearchMode.HYBRID && query.byCoverage() != null) {
            List<Integer> best = keyword.stream().limit(COVERAGE_DEPTH).map(PassageMatch::ordinal).toList();
            weight = query.byCoverage().forCoverage(termCoverage(query.terms(), talkId, best));
        }
        return PassageRanking.moments(query.mode(), query.fusion(), weight, keyword, semantic, limit);
    }

    /**
     * The largest share of the query's terms that any one of the given passages of a talk holds: what the talks'
     * keyword weight measures over whole talks, here over passages.
     */
    private double termCoverage(List<String> terms, String talkId, List<Integer> ordinals) throws IOException {
        if (terms.isEmpty() || ordinals.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> matchedTerms = new HashMap<>();
        for (String term : terms) {
            for (Hit hit : index.lexical(new LexicalQuery.Term(Fields.TRANSCRIPT, term), Scope.passagesOf(talkId),
                    MATCHING_PASSAGES, SearchBudget.unlimited())) {
                if (ordinals.contains(hit.ordinal())) {
                    matchedTerms.merge(hit.ordinal(), 1, Integer::sum);
                }
            }
        }
        int best = matchedTerms.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return (double) best / terms.size();
    }

    private List<PassageHit> passages(StoredTalk stored, PassageQuery query, int limit) throws IOException {
        String talkId = stored.talk().id();
        List<Integer> ordinals = moments(stored, query, limit);
        if (ordinals.isEmpty()) {
            return List.of();
        }
        List<Fragment> whole = index.highlightPassages(query.words(), talkId, ordinals);
        List<PassageHit> out = new ArrayList<>();
        for (int i = 0; i < ordinals.size(); i++) {
            Passage p = index.passage(talkId, ordinals.get(i));
            boolean matched = whole.get(i) != null && whole.get(i).hasMatches();
            Fragment text = matched ? whole.get(i) : Fragment.plain(p.text());
            Fragment fragment = matched ? BestSentence.of(text) : opening(p.text());
            out.add(new PassageHit(p.start(), p.end(), text, fragment,
                    stored.talk().videoLinkAt(p.start()).orElse(null)));
        }
        return out;
    }

    /** A passage's first words, for a passage only meaning matched. */
    private static Fragment opening(String text) {
        return Fragment.plain(text.length() <= PLAIN_SNIPPET_CHARS ? text
                : text.substring(0, Math.max(1, text.lastIndexOf(' ', PLAIN_SNIPPET_CHARS))) + "…");
    }
}
