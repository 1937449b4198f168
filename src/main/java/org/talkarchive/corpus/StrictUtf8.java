package org.talkarchive.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a file as UTF-8 and refuses bad bytes instead of silently turning them into U+FFFD. */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The text without a leading BOM, or empty after adding a problem naming the line of the first bad byte. */
    static Optional<String> read(Path path, String shownName, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(shownName, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, shownName, problems);
    }

    /** The same for bytes already read from the file shown as {@code shownName}. */
    static Optional<String> decode(byte[] bytes, String shownName, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            problems.add(shownName, lineOf(bytes, offset),
                    "invalid UTF-8 (byte 0x%02X at byte offset %d); save the file as UTF-8"
                            .formatted(bytes[offset] & 0xFF, offset));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
