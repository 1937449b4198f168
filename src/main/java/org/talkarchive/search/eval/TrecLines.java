package org.talkarchive.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** The lines of a whitespace-separated TREC file (qrels, runs), without blank and {@code #} comment lines. */
record TrecLines(List<Line> lines, int lineCount) {

    /** One line: its 1-based number in the file, its text, and its whitespace-separated fields. */
    record Line(int number, String text, String[] fields) {
    }

    static TrecLines read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Line> lines = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(new Line(number, trimmed, trimmed.split("\\s+")));
            }
        }
        return new TrecLines(lines, number);
    }
}
