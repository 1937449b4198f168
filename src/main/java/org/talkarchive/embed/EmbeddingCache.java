package org.talkarchive.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Document vectors of one model on disk, keyed by the text's content hash, so a text is embedded once per model
 * whatever happens to the builds around it (failed, killed, rebuilt from scratch).
 *
 * <p>The file is an append-only log: a header naming the model and dimension, then one record per text (128-bit
 * SHA-256 prefix of the UTF-8 text, the float vector, a CRC32 of both). Each {@link #put} is one write to the file, so
 * a SIGKILL loses at most the record being written; a torn last record fails its CRC and is cut off at the next open.
 * The log is forced to disk at most once a second and on close (a power cut may lose the last second).
 *
 * <p>Only offsets are kept in memory (16 bytes of key and 8 of offset per text instead of 1.5 KB of vector), so the
 * cache of a 100,000-passage archive costs a few MB of heap. When another process holds the file's lock (two builds
 * of one index at once), this one reads what was there and writes nothing.
 */
public final class EmbeddingCache implements AutoCloseable {
    private static final int MAGIC = 0x54414543; // "TAEC"
    private static final int VERSION = 1;
    private static final int KEY_BYTES = 16;
    private static final long FORCE_INTERVAL_NANOS = 1_000_000_000L;

    private record Key(long high, long low) {
    }

    private final Path file;
    private final int dimension;
    private final int recordBytes;
    private final FileChannel channel;
    private final FileLock lock;
    private final Map<Key, Long> offsets = new HashMap<>();
    private long end;
    private long lastForceNanos = System.nanoTime();
    private boolean dirty;

    private EmbeddingCache(Path file, int dimension, FileChannel channel, FileLock lock) {
        this.file = file;
        this.dimension = dimension;
        this.recordBytes = KEY_BYTES + dimension * Float.BYTES + Integer.BYTES;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) the cache file of a model. A file written for another model or dimension, or one that is not
     * a cache at all, is started afresh: a cache is only ever a shortcut, never the truth.
     */
    public static EmbeddingCache open(Path file, String model, int dimension) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM already writes it (a second build in the same process): read only
        }
        EmbeddingCache cache = new EmbeddingCache(file, dimension, channel, lock);
        try {
            cache.load(header(model, dimension));
        } catch (IOException | RuntimeException e) {
            cache.close();
            throw e;
        }
        return cache;
    }

    /** Where the cache of {@code model} lives under an index folder: one file per model. */
    public static Path fileFor(Path indexRoot, String model) {
        return indexRoot.resolve("embeddings").resolve(model.replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors");
    }

    /** The cached vector of this exact text, if any. */
    public synchronized Optional<float[]> get(String text) {
        Long offset = offsets.get(key(text));
        if (offset == null) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate(dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try {
            readFully(buffer, offset + KEY_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding cache " + file, e);
        }
        float[] vector = new float[dimension];
        buffer.flip().asFloatBuffer().get(vector);
        return Optional.of(vector);
    }

    /**
     * Appends a text's vector (one write, so it survives a kill of this process). Vectors with a non-finite value are
     * not kept: a broken model output must fail again rather than be served from the cache.
     */
    public synchronized void put(String text, float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("vector of dimension " + vector.length + ", cache holds " + dimension);
        }
        Key key = key(text);
        if (lock == null || offsets.containsKey(key) || !finite(vector)) {
            return;
        }
        ByteBuffer record = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        record.putLong(key.high()).putLong(key.low());
        for (float v : vector) {
            record.putFloat(v);
        }
        CRC32 crc = new CRC32();
        crc.update(record.array(), 0, recordBytes - Integer.BYTES);
        record.putInt((int) crc.getValue()).flip();
        try {
            long at = end;
            while (record.hasRemaining()) {
                channel.write(record, at + record.position());
            }
            end += recordBytes;
            offsets.put(key, at);
            dirty = true;
            if (System.nanoTime() - lastForceNanos > FORCE_INTERVAL_NANOS) {
                force();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write embedding cache " + file, e);
        }
    }

    /** How many vectors the cache holds. */
    public synchronized int size() {
        return offsets.size();
    }

    /** The cache file's size in bytes. */
    public synchronized long bytes() {
        return end;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (channel.isOpen() && lock != null) {
                force();
            }
        } finally {
            channel.close(); // also releases the lock
        }
    }

    private void force() throws IOException {
        if (dirty) {
            channel.force(false);
            dirty = false;
        }
        lastForceNanos = System.nanoTime();
    }

    /** Reads every intact record; cuts off a torn tail and starts afresh on a foreign header (when writing). */
    private void load(ByteBuffer expectedHeader) throws IOException {
        int headerBytes = expectedHeader.remaining();
        long size = channel.size();
        ByteBuffer header = ByteBuffer.allocate(headerBytes);
        if (size >= headerBytes) {
            readFully(header, 0);
        }
        if (size < headerBytes || !header.flip().equals(expectedHeader)) {
            end = headerBytes;
            if (lock != null) {
                channel.truncate(0);
                channel.write(expectedHeader.duplicate(), 0);
                dirty = true;
                force();
            }
            return;
        }
        long position = headerBytes;
        ByteBuffer record = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        CRC32 crc = new CRC32();
        while (position + recordBytes <= size) {
            record.clear();
            readFully(record, position);
            crc.reset();
            crc.update(record.array(), 0, recordBytes - Integer.BYTES);
            if (record.getInt(recordBytes - Integer.BYTES) != (int) crc.getValue()) {
                break;
            }
            offsets.put(new Key(record.getLong(0), record.getLong(Long.BYTES)), position);
            position += recordBytes;
        }
        end = position;
        if (lock != null && size > end) {
            channel.truncate(end); // a record torn by a kill: dropped, and appends continue where it began
        }
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of " + file);
            }
        }
    }

    private static ByteBuffer header(String model, int dimension) {
        byte[] name = model.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate(4 * Integer.BYTES + name.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(MAGIC).putInt(VERSION).putInt(dimension).putInt(name.length).put(name);
        return header.flip();
    }

    private static Key key(String text) {
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            return new Key(digest.getLong(0), digest.getLong(Long.BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean finite(float[] vector) {
        for (float v : vector) {
            if (!Float.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
