package org.talkarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The analyzer must survive the traps of the real site text (accents, a zero-width space after "Jiménez-Sánchez",
 * a Greek capital Eta in "Ηer", no-break spaces) while highlights still mark the text as displayed.
 */
class ArchiveAnalyzerTest {

    private final Analyzer analyzer = new ArchiveAnalyzer(true);

    @Test
    void plainLettersFindPolishAccentedName() throws Exception {
        assertEquals(List.of("hubert", "dariusz", "zajac"), terms("Hubert Dariusz Zając"));
        assertEquals(List.of("0"), search(List.of("Hubert Dariusz Zając", "Hubert Dariusz Zajko"), "Zajac"));
    }

    @Test
    void plainLettersFindSpanishNameFollowedByAZeroWidthSpace() throws Exception {
        // As on the series' site: a zero-width space right after the surname.
        String name = "Amelia Jiménez-Sánchez\u200B";
        assertEquals(List.of("amelia", "jimenez", "sanchez"), terms(name));
        assertEquals(List.of("1"), search(List.of("Amelia Jimeno", name), "Jimenez"));
        assertEquals(List.of("1"), search(List.of("Amelia Jimeno", name), "Sanchez"));
    }

    @Test
    void greekCapitalEtaInsideALatinWordStillMatches() throws Exception {
        String bio = "\u0397er research focuses on the data";  // "Ηer" with a Greek capital Eta, as in one bio
        assertEquals("her", terms(bio).get(0));
        assertEquals(List.of("0"), search(List.of(bio, "Their research"), "her"));
    }

    @Test
    void noBreakSpaceSeparatesWords() throws Exception {
        assertEquals(List.of("1", "065", "291", "imag"), terms("1\u00A0065\u00A0291 images"));
        assertEquals(List.of("skin", "tone"), terms("skin\u00A0tone"));
        assertEquals(List.of("0"), search(List.of("skin\u00A0tone matters", "skintone"), "tone"));
    }

    @Test
    void offsetsPointAtTheDisplayedText() {
        String text = "Amelia Jiménez-Sánchez\u200B and \u0397er\u00A0team";
        List<Token> tokens = tokens(text);
        List<String> shown = tokens.stream().map(t -> text.substring(t.start(), t.end())).toList();
        // A deleted zero-width character stays inside the preceding word's span: invisible, and never a letter lost.
        assertEquals(List.of("Amelia", "Jiménez", "Sánchez\u200B", "\u0397er", "team"), shown);
        assertEquals(List.of("amelia", "jimenez", "sanchez", "her", "team"), tokens.stream().map(Token::term).toList());
    }

    @Test
    void highlightsMarkTheOriginalAccentedWords() throws Exception {
        String text = "Amelia Jiménez-Sánchez\u200B works with \u0397er colleagues in Copenhagen.";
        try (Directory dir = new ByteBuffersDirectory()) {
            index(dir, List.of(text));
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", false)).build();
                Query query = new QueryParser("text", analyzer).parse("jimenez her copenhagen");
                String[] fragments = highlighter.highlight("text", query, searcher.search(query, 1));
                assertEquals("Amelia <mark>Jiménez</mark>-Sánchez\u200B works with <mark>\u0397er</mark> colleagues in "
                        + "<mark>Copenhagen</mark>.", fragments[0]);
            }
        }
    }

    @Test
    void englishStemmingMatchesOtherFormsOfAWord() throws Exception {
        assertEquals(List.of("0"), search(List.of("Segmenting organs", "Counting sheep"), "segmentation"));
        assertEquals(List.of("annot"), terms("the annotators"));
    }

    @Test
    void dictionaryAnalyzerKeepsWholeWords() {
        assertEquals(List.of("annotators", "zajac"), terms(new ArchiveAnalyzer(false), "Annotators Zając"));
    }

    private List<String> terms(String text) {
        return terms(analyzer, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Indexes the texts as documents "0", "1", ... and returns the ids matching the query, best first. */
    private List<String> search(List<String> texts, String query) throws Exception {
        try (Directory dir = new ByteBuffersDirectory()) {
            index(dir, texts);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(new QueryParser("text", analyzer).parse(query), 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(hit.doc).get("id"));
                }
                return ids;
            }
        }
    }

    private void index(Directory dir, List<String> texts) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < texts.size(); i++) {
                Document doc = new Document();
                doc.add(new StringField("id", String.valueOf(i), Field.Store.YES));
                doc.add(new Field("text", texts.get(i), TalkDocuments.TEXT_WITH_OFFSETS));
                writer.addDocument(doc);
            }
        }
    }
}
