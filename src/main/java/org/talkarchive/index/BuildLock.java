package org.talkarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build per index folder at a time, across processes. The lock is the operating system's, so it is released
 * when its holder dies however it dies (SIGKILL included), and the next build may safely clean up what a killed one
 * left behind.
 */
final class BuildLock implements Closeable {
    private static final String FILE = "build.lock";

    private final FileChannel channel;

    private BuildLock(FileChannel channel) {
        this.channel = channel;
    }

    /** @throws IOException naming the folder when another build of it is running */
    static BuildLock acquire(Path indexRoot) throws IOException {
        Files.createDirectories(indexRoot);
        FileChannel channel = FileChannel.open(indexRoot.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another build of " + indexRoot + " is running; run index again when it has finished");
        }
        return new BuildLock(channel);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
