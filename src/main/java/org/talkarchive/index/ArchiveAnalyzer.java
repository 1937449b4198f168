package org.talkarchive.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.talkarchive.corpus.TextNormalizer;

/**
 * English analysis with accent folding ("Zajac" finds "Zając"). A char filter first drops zero-width characters,
 * turns exotic spaces into spaces and folds Greek/Cyrillic look-alikes to Latin ("Ηer" with a Greek Eta finds "her"),
 * so the stored text stays exactly as displayed while offsets for highlighting stay right. The same analyzer runs on
 * queries, so the folding is symmetric and safe.
 */
public final class ArchiveAnalyzer extends Analyzer {

    private static final NormalizeCharMap CHAR_MAP = buildCharMap();

    private final boolean stem;

    /** @param stem false for the typo corrector's dictionary, which needs real words */
    public ArchiveAnalyzer(boolean stem) {
        this.stem = stem;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(CHAR_MAP, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (stem) {
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static NormalizeCharMap buildCharMap() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        for (char zeroWidth : TextNormalizer.ZERO_WIDTH.toCharArray()) {
            builder.add(String.valueOf(zeroWidth), "");
        }
        for (String space : new String[] {"\u00A0", "\u2007", "\u202F", "\u2009", "\u200A", "\u3000"}) {
            builder.add(space, " ");
        }
        TextNormalizer.lookAlikes().forEach((from, to) -> builder.add(String.valueOf(from), String.valueOf(to)));
        return builder.build();
    }
}
