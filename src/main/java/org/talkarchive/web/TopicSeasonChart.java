package org.talkarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.corpus.Topic;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;
import org.talkarchive.web.view.Chart;

/**
 * Lays out the home page's topic × season overview. Counts come from the searcher's facets under a season filter,
 * so a cell's number is exactly what its search link will find.
 */
public final class TopicSeasonChart {

    static final int LABEL_WIDTH = 244;
    static final int HEADER_HEIGHT = 44;
    static final int COLUMN_WIDTH = 58;
    static final int ROW_HEIGHT = 30;
    static final double MAX_RADIUS = 12;
    static final double MIN_RADIUS = 4.5;

    private TopicSeasonChart() {
    }

    public static Chart build(ArchiveCatalog catalog, List<Topic> topics) {
        String season = FacetDimension.SEASON.field();
        String topic = FacetDimension.TOPIC.field();
        List<FacetValue> seasons = new ArrayList<>(catalog.facet(season, Map.of()));
        seasons.sort((a, b) -> Integer.compare(Seasons.number(a.value()), Seasons.number(b.value())));
        Map<String, Map<String, Integer>> countsBySeason = new LinkedHashMap<>();
        int max = 1;
        for (FacetValue s : seasons) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (FacetValue t : catalog.facet(topic, Map.of(season, List.of(s.value())))) {
                if (t.count() > 0) {
                    counts.put(t.value(), t.count());
                    max = Math.max(max, t.count());
                }
            }
            countsBySeason.put(s.value(), counts);
        }
        List<Topic> shown = topics.stream()
                .filter(t -> countsBySeason.values().stream().anyMatch(c -> c.containsKey(t.id()))).toList();

        List<Chart.Axis> columns = new ArrayList<>();
        for (int i = 0; i < seasons.size(); i++) {
            int n = Seasons.number(seasons.get(i).value());
            columns.add(new Chart.Axis(columnX(i), "S" + n, Paths.season(n)));
        }
        List<Chart.Axis> rows = new ArrayList<>();
        List<Chart.Cell> cells = new ArrayList<>();
        for (int r = 0; r < shown.size(); r++) {
            Topic t = shown.get(r);
            rows.add(new Chart.Axis(rowY(r), t.label(), Paths.topic(t.id())));
            for (int c = 0; c < seasons.size(); c++) {
                String sv = seasons.get(c).value();
                int count = countsBySeason.get(sv).getOrDefault(t.id(), 0);
                if (count > 0) {
                    double radius = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) count / max);
                    cells.add(new Chart.Cell(columnX(c), rowY(r), Math.round(radius * 10) / 10.0, count,
                            SearchUrls.filtered(topic, t.id(), season, sv),
                            "%s, season %d: %d %s".formatted(t.label(), Seasons.number(sv), count,
                                    count == 1 ? "talk" : "talks")));
                }
            }
        }
        int width = LABEL_WIDTH + COLUMN_WIDTH * seasons.size() + 8;
        int height = HEADER_HEIGHT + ROW_HEIGHT * shown.size() + 8;
        String caption = "Talks per topic and season: %d topics over %d seasons. Each dot links to the talks of that topic in that season."
                .formatted(shown.size(), seasons.size());
        return new Chart(width, height, columns, rows, cells, caption);
    }

    private static int columnX(int index) {
        return LABEL_WIDTH + COLUMN_WIDTH * index + COLUMN_WIDTH / 2;
    }

    private static int rowY(int index) {
        return HEADER_HEIGHT + ROW_HEIGHT * index + ROW_HEIGHT / 2;
    }
}
