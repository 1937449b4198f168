package org.talkarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talkarchive.importer.PyVideoImporter;
import org.talkarchive.importer.TableImporter;
import org.talkarchive.importer.YouTubeImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import youtube|pyvideo|table}: turns an archive in a foreign format into talk files of a corpus. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import talks from yt-dlp files, a PyVideo catalogue or a table into a corpus folder."
                + " Re-running changes nothing unless the source changed; hand-edited files are kept.",
        subcommands = {ImportCommand.YouTube.class, ImportCommand.PyVideo.class, ImportCommand.Table.class})
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "youtube", mixinStandardHelpOptions = true,
            description = "Import the *.info.json files and captions yt-dlp wrote for a playlist or channel.")
    static final class YouTube implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Folder yt-dlp wrote into.")
        Path dir;

        @Option(names = "--series", description = "Series of every talk (default: the playlist, else the channel).")
        String series;

        @Mixin
        ImportOptions options;

        @Override
        public Integer call() throws Exception {
            return Files.isDirectory(dir) ? ImportRun.run(new YouTubeImporter(series).read(dir), "youtube:", options)
                    : ImportRun.fail(dir + ": is not a folder");
        }
    }

    @Command(name = "pyvideo", mixinStandardHelpOptions = true,
            description = "Import a checkout of github.com/pyvideo/data (<event>/category.json, <event>/videos/*.json).")
    static final class PyVideo implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The catalogue checkout.")
        Path dir;

        @Mixin
        ImportOptions options;

        @Override
        public Integer call() throws Exception {
            return Files.isDirectory(dir) ? ImportRun.run(new PyVideoImporter().read(dir), "pyvideo:", options)
                    : ImportRun.fail(dir + ": is not a folder");
        }
    }

    @Command(name = "table", mixinStandardHelpOptions = true,
            description = "Import a spreadsheet export, one talk per row: .csv, .tsv or .jsonl (columns: see README).")
    static final class Table implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The table.")
        Path file;

        @Option(names = "--transcripts", paramLabel = "DIR",
                description = "Folder of captions: the transcript column is relative to it; else <id>.vtt|.srt.")
        Path transcripts;

        @Option(names = "--series", description = "Series of rows that name none.")
        String series;

        @Mixin
        ImportOptions options;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                return ImportRun.fail(file + ": is not a file");
            }
            if (transcripts != null && !Files.isDirectory(transcripts)) {
                return ImportRun.fail("--transcripts " + transcripts + ": is not a folder");
            }
            return ImportRun.run(new TableImporter(series, transcripts).read(file),
                    "table:" + file.getFileName() + ":", options);
        }
    }

    /** Options every import takes. */
    static final class ImportOptions {
        @Option(names = "--corpus", defaultValue = Defaults.CORPUS,
                description = "Corpus folder to import into; created when missing (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--force", description = "Overwrite talk files and transcripts edited since they were imported.")
        boolean force;
    }
}
