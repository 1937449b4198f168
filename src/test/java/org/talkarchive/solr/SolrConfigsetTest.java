package org.talkarchive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.index.Fields;

/** The shipped configset says what the Java code says: the analyser's lists, every facet dimension, every field. */
class SolrConfigsetTest {

    private final SolrConfigset configset = SolrConfigset.shipped();

    @Test
    void charMapIsTheAnalysersCharMap() {
        Map<String, String> expected = new HashMap<>();
        for (char c : TextNormalizer.ZERO_WIDTH.toCharArray()) {
            expected.put(String.valueOf(c), "");
        }
        for (String space : new String[] {"\u00A0", "\u2007", "\u202F", "\u2009", "\u200A", "\u3000"}) {
            expected.put(space, " ");
        }
        TextNormalizer.lookAlikes().forEach((from, to) -> expected.put(String.valueOf(from), String.valueOf(to)));

        Map<String, String> shipped = new HashMap<>();
        Matcher m = Pattern.compile("^\"(.*)\" => \"(.*)\"$", Pattern.MULTILINE).matcher(text("mapping-archive.txt"));
        while (m.find()) {
            shipped.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        assertEquals(expected, shipped);
    }

    @Test
    void stopWordsAreTheAnalysersStopWords() {
        Set<String> shipped = text("stopwords_en.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        CharArraySet lucene = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        Set<String> expected = lucene.stream().map(o -> new String((char[]) o)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, shipped);
    }

    @Test
    void everyFacetDimensionHasItsDocValuesField() {
        String schema = text("schema.xml");
        for (FacetDimension dim : FacetDimension.values()) {
            Matcher m = Pattern.compile("<field name=\"" + SolrFields.facet(dim) + "\"[^>]*>").matcher(schema);
            assertTrue(m.find(), "schema.xml lacks " + SolrFields.facet(dim));
            String field = m.group();
            assertTrue(field.contains("docValues=\"true\""), field);
            assertEquals(dim.multiValued(), field.contains("multiValued=\"true\""), field);
        }
    }

    @Test
    void everyTextFieldIsAnalysedAsOurs() {
        String schema = text("schema.xml");
        for (String field : new String[] {Fields.TITLE, Fields.ABSTRACT, Fields.BIO, Fields.SPEAKER, Fields.AFFILIATION,
                Fields.TOPICS_TEXT, Fields.TAGS, Fields.DATASETS_TEXT, Fields.TRANSCRIPT}) {
            assertTrue(schema.contains("<field name=\"" + field + "\" type=\"archive_text\""), field);
        }
        assertTrue(schema.contains("<field name=\"" + Fields.SPELL + "\" type=\"archive_words\""));
    }

    @Test
    void theNameChangesWithTheFiles() {
        assertTrue(configset.name().matches("talk_archive_[0-9a-f]{10}"), configset.name());
        assertEquals(configset.name(), SolrConfigset.shipped().name());
    }

    private String text(String file) {
        return new String(configset.file(file), StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
