package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.talkarchive.testing.TestIndexes;

/** The talk page's BibTeX entry compiles with pdflatex: no emoji, no zero-width characters, no stray scripts. */
class CitationTest {

    private final RunningApp app = RunningApp.get();

    private String bibtex(String id) {
        Element code = Jsoup.parse(app.get("/talks/" + id).body()).selectFirst(".bibtex code");
        assertTrue(code != null, id);
        return code.wholeText();
    }

    /** Latin letters (inputenc utf8 maps them) and the dashes and quotes of General Punctuation. */
    private static boolean typesettable(int codePoint) {
        return codePoint == '\n' || (codePoint >= 0x20 && codePoint < 0x250)
                || (codePoint >= 0x2010 && codePoint <= 0x2026);
    }

    @Test
    void everyEntryHasOnlyCharactersPdflatexTypesets() throws IOException {
        JsonNode hits = ApiJson.mapper().readTree(app.get("/api/v1/search?size=100").body()).get("hits");
        assertEquals(TestIndexes.corpusTalks(), hits.size());
        List<String> problems = new ArrayList<>();
        for (JsonNode hit : hits) {
            String id = hit.get("id").asText();
            String entry = bibtex(id);
            entry.codePoints().filter(c -> !typesettable(c))
                    .forEach(c -> problems.add(id + ": U+%04X".formatted(c)));
            assertTrue(entry.contains("Datasets through the Looking-Glass"), entry);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void zeroWidthSpaceAfterANameIsDropped() {
        String entry = bibtex("s07e01");
        assertTrue(entry.contains("author = {Amelia Jiménez-Sánchez"), entry);
        assertTrue(entry.contains("howpublished = {Talk S07E01, Datasets through the Looking-Glass}"), entry);
    }
}
