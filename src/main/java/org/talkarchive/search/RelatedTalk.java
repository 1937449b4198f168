package org.talkarchive.search;

import java.util.List;

/** A talk similar to another, with the reasons a person can read ("shares topics: fairness, dermatology"). */
public record RelatedTalk(TalkSummary talk, double score, List<String> reasons) {
}
