package org.talkarchive.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What a result list shows of a talk.
 *
 * @param topics         curated topic ids
 * @param inferredTopics topic ids inferred at index time for talks without curated ones (shown apart)
 * @param date           null when TBA
 * @param video          YouTube URL or null
 */
public record TalkSummary(String id, String code, String title, List<String> speakers, LocalDate date, String status,
                          List<String> topics, List<String> inferredTopics, List<String> datasets, String video) {
}
