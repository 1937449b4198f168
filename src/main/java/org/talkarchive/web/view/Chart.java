package org.talkarchive.web.view;

import java.util.List;

/**
 * The topic × season overview, laid out for an SVG: one row per topic, one column per season, a dot per cell whose
 * area follows the number of talks; every labelled element links to its search.
 */
public record Chart(int width, int height, List<Axis> columns, List<Axis> rows, List<Cell> cells, String caption) {

    /** A column or row heading at its centre coordinate. */
    public record Axis(int position, String label, String href) {
    }

    /** @param label what a screen reader says, e.g. "Fairness & bias, season 3: 2 talks" */
    public record Cell(int x, int y, double radius, int count, String href, String label) {
    }
}
