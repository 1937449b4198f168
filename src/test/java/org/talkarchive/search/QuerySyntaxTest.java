package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.talkarchive.index.IndexAnalyzers;

/**
 * The seam must not move a single score: what {@link QuerySyntax} reads into a {@link LexicalQuery} becomes, through
 * {@link LuceneQueries}, exactly the Lucene query the classic parser builds (Lucene's {@code Query.equals} compares
 * structure, terms, positions, boosts and occurs), for every judged query and for syntax people type.
 */
class QuerySyntaxTest {

    private static final List<String> SYNTAX = List.of("\"brain tumor\" segmentation", "title:fairness",
            "fairness AND NOT bias", "+dermatology -melanoma", "segm*", "se?mentation", "segmentaton~1",
            "segmentaton~ colour~ biass~ fourth~", "[a TO c]", "{a TO c]", "*:*", "title:\"medical imaging\"~2",
            "(fairness OR bias)^2 shortcut", "\"the state of the art\"", "e-mail x-ray", "Zając", "ISIC 2019",
            "fairness AND", "\"unbalanced", "/reg.*exp/", "a:b:c", "", "   ", "!!!", "AND OR NOT");

    @Test
    void translatedQueriesEqualWhatTheClassicParserBuilds() throws IOException {
        List<String> typed = new ArrayList<>(SYNTAX);
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/queries.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                typed.add(line.split("\t")[1]);
            }
        }
        QuerySyntax syntax = new QuerySyntax(IndexAnalyzers.perField(), KeywordQuery.BOOSTS);
        for (String text : typed) {
            assertEquals(classic(text), LuceneQueries.toLucene(syntax.parseLenient(text)), text);
        }
    }

    /** The parsing as it was before the seam: Lucene's query straight from the parser. */
    private static Query classic(String text) {
        SafeQueryParser parser = parser();
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException syntaxError) {
            try {
                return parser.parse(QueryParser.escape(text.replaceAll("\\b(AND|OR|NOT)\\b", " ")));
            } catch (ParseException e) {
                return new org.apache.lucene.search.BooleanQuery.Builder().build();
            }
        }
    }

    private static SafeQueryParser parser() {
        SafeQueryParser parser = new SafeQueryParser(KeywordQuery.BOOSTS.keySet().toArray(String[]::new),
                IndexAnalyzers.perField(), KeywordQuery.BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser;
    }
}
