package org.talkarchive.search;

import java.util.List;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;

/** Everything a talk page shows: the talk as written, plus what indexing derived from it. */
public record TalkDetail(Talk talk, List<String> inferredTopics, List<String> datasets, List<Passage> transcript) {
}
