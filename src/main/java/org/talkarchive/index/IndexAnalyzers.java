package org.talkarchive.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzer per field, shared by the indexer and the searcher so both see the same terms. */
public final class IndexAnalyzers {
    private IndexAnalyzers() {
    }

    /** English stemming everywhere except the spelling dictionary, which keeps whole words. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new ArchiveAnalyzer(true), Map.of(Fields.SPELL, new ArchiveAnalyzer(false)));
    }
}
