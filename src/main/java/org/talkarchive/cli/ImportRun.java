package org.talkarchive.cli;

import java.io.IOException;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.importer.CorpusImport;
import org.talkarchive.importer.ImportReport;
import org.talkarchive.importer.SourceRead;

/** Applies what an importer read to the corpus, prints what happened, and validates the corpus it produced. */
final class ImportRun {

    private ImportRun() {
    }

    /** @return 0 when the corpus validates afterwards (skipped records are reported but are no failure), else 1 */
    static int run(SourceRead read, String sourcePrefix, ImportCommand.ImportOptions options) throws IOException {
        ImportReport report = new CorpusImport(options.corpus, options.force).apply(read, sourcePrefix);
        report.notes().forEach(System.err::println);
        System.out.println("imported " + read.talks().size() + " talk(s) into " + options.corpus + ": "
                + report.oneLine());
        try {
            int talks = CorpusReader.read(options.corpus).talks().size();
            System.out.println(options.corpus + " validates: " + talks + " talk(s); run `index --corpus "
                    + options.corpus + "` next");
            return 0;
        } catch (CorpusException e) {
            e.problems().forEach(System.err::println);
            System.err.println(e.problems().size() + " problem(s) in " + options.corpus
                    + "; fix them before indexing.");
            return 1;
        }
    }

    static int fail(String message) {
        System.err.println(message);
        return 2;
    }
}
