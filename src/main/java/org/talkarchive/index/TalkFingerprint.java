package org.talkarchive.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;

/**
 * A hash of everything a talk's documents are built from (its record as stored, its passages with their times), so
 * an update can tell which talks changed since the generation it starts from. What every talk shares (model,
 * taxonomy, datasets, document layout) is compared once per build instead, in the commit metadata.
 */
final class TalkFingerprint {

    private TalkFingerprint() {
    }

    static String of(Talk talk, List<Passage> passages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            add(sha, TalkJson.write(talk));
            for (Passage p : passages) {
                add(sha, p.ordinal() + " " + p.start() + " " + p.end());
                add(sha, p.text());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
