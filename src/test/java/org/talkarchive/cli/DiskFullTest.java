package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.testing.CliProcess;
import org.talkarchive.testing.ForeignCorpus;

/**
 * Disk full during a build, on a real full file system: a 16 MB tmpfs (mounting needs root, which CI has; without
 * it this test fails rather than skips). The served index stays intact, the message is one line, and once there is
 * room again the next build completes.
 */
class DiskFullTest {
    /** Left free after the first build: the second needs far more. */
    private static final long ROOM = 48 * 1024;

    @TempDir
    Path temp;

    @Test
    void diskFullDuringABuildKeepsTheServedIndexAndSaysSoInOneLine() throws Exception {
        Path disk = Files.createDirectories(temp.resolve("small-disk"));
        sh("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString());
        try {
            Path index = disk.resolve("index");
            ForeignCorpus corpus = ForeignCorpus.in(temp, 5).oneTopic().talks(5, 0);
            assertEquals(0, IndexFaultsTest.startIndex(corpus, index).waitFor(IndexFaultsTest.RUN));
            Path served = IndexFaultsTest.current(index);
            Path filler = fill(disk);
            corpus.talks(120, 0);

            CliProcess full = IndexFaultsTest.startIndex(corpus, index);
            assertEquals(1, full.waitFor(IndexFaultsTest.RUN), full.output());
            DamagedIndexTest.assertNoStackTrace(full.output());
            List<String> errors = full.output().lines().filter(line -> line.startsWith("index: ")).toList();
            assertEquals(1, errors.size(), full.output());
            assertTrue(errors.getFirst().startsWith("index: the build of gen-2 stopped ("), errors.getFirst());
            assertTrue(errors.getFirst().contains("No space left on device"), errors.getFirst());
            assertTrue(errors.getFirst().endsWith("the index gen-1 being served is unchanged"), errors.getFirst());
            IndexFaultsTest.assertServedUnchanged(index, served);
            assertFalse(Files.exists(index.resolve("gen-2")), "the half-written generation is deleted");

            Files.delete(filler);
            CliProcess again = IndexFaultsTest.startIndex(corpus, index);
            assertEquals(0, again.waitFor(IndexFaultsTest.RUN), again.output());
            assertEquals(125, IndexFaultsTest.talks(index));
        } finally {
            sh("umount", "-l", disk.toString());
        }
    }

    /** Fills the file system but {@link #ROOM} bytes. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler");
        long fill = Files.getFileStore(disk).getUsableSpace() - ROOM;
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < fill; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, fill - written));
            }
        }
        return filler;
    }

    private static void sh(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed (the test needs root): " + output);
    }
}
