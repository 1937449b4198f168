package org.talkarchive.search;

import java.io.IOException;
import java.util.ArrayList;
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
    private static final int PASSAGES_PER_HIT = 3;
    private static final int PLAIN_SNIPPET_CHARS = 240;

    private final SearchEngine index;

    ResultShaper(SearchEngine index) {
        this.index = index;
    }

    SearchHit hit(StoredTalk stored, GenerationSearcher.Candidates candidates, boolean browse) throws IOException {
        Talk talk = stored.talk();
        Map<String, Integer> ranks = new LinkedHashMap<>();
        if (candidates.keywordRanks().containsKey(talk.id())) {
            ranks.put("keyword", candidates.keywordRanks().get(talk.id()));
        }
        if (candidates.semanticRanks().containsKey(talk.id())) {
            ranks.put("semantic", candidates.semanticRanks().get(talk.id()));
        }
        double score = candidates.order().getOrDefault(talk.id(), 0.0);
        if (browse) {
            return new SearchHit(stored.summary(), score, ranks, List.of(plainAbstract(talk)), List.of());
        }
        List<Snippet> snippets = snippets(stored, candidates.parsed());
        List<PassageHit> passages = passages(stored, candidates);
        passages.stream().filter(p -> p.text().hasMatches()).findFirst()
                .ifPresent(best -> snippets.add(new Snippet(Fields.TRANSCRIPT, best.text())));
        return new SearchHit(stored.summary(), score, ranks, snippets, passages);
    }

    private List<Snippet> snippets(StoredTalk stored, KeywordQuery.Parsed parsed) throws IOException {
        Map<String, Fragment> highlighted = index.highlightTalk(List.of(SNIPPET_FIELDS), parsed.query(),
                stored.talk().id(), 2);
        List<Snippet> out = new ArrayList<>();
        for (String field : SNIPPET_FIELDS) {
            Fragment fragment = highlighted.get(field);
            if (fragment != null && fragment.hasMatches()) {
                out.add(new Snippet(field, fragment));
            }
        }
        if (out.stream().noneMatch(s -> s.field().equals(Fields.ABSTRACT))) {
            out.add(plainAbstract(stored.talk()));
        }
        return out;
    }

    /**
     * The best passages, skipping any next to one already chosen: neighbours share a sentence, and a hit should
     * point at different moments of the talk.
     */
    private static List<Integer> distinctMoments(Map<Integer, Double> scoreByOrdinal) {
        List<Integer> chosen = new ArrayList<>();
        List<Map.Entry<Integer, Double>> best = scoreByOrdinal.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).toList();
        for (Map.Entry<Integer, Double> entry : best) {
            int ordinal = entry.getKey();
            if (chosen.stream().noneMatch(o -> Math.abs(o - ordinal) <= 1)) {
                chosen.add(ordinal);
            }
            if (chosen.size() == PASSAGES_PER_HIT) {
                break;
            }
        }
        return chosen;
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

    private List<PassageHit> passages(StoredTalk stored, GenerationSearcher.Candidates candidates) throws IOException {
        if (!stored.hasTranscript()) {
            return List.of();
        }
        String talkId = stored.talk().id();
        Map<Integer, Double> byOrdinal = new LinkedHashMap<>();
        for (Hit m : index.lexical(candidates.parsed().query(), Scope.passagesOf(talkId), PASSAGES_PER_HIT,
                SearchBudget.unlimited())) {
            byOrdinal.merge(m.ordinal(), 1.0 + m.score(), Math::max);
        }
        for (PassageMatch m : candidates.semanticPassages().getOrDefault(talkId, List.of())) {
            byOrdinal.merge(m.ordinal(), m.score(), Math::max);
        }
        List<Integer> ordinals = distinctMoments(byOrdinal);
        if (ordinals.isEmpty()) {
            return List.of();
        }
        List<Fragment> highlighted = index.highlightPassages(candidates.parsed().query(), talkId, ordinals);
        List<PassageHit> out = new ArrayList<>();
        for (int i = 0; i < ordinals.size(); i++) {
            Passage p = index.passage(talkId, ordinals.get(i));
            Fragment text = highlighted.get(i) != null && highlighted.get(i).hasMatches()
                    ? highlighted.get(i) : Fragment.plain(p.text());
            out.add(new PassageHit(p.start(), p.end(), text, stored.talk().videoLinkAt(p.start()).orElse(null)));
        }
        return out;
    }

}
