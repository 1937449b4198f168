package org.talkarchive.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time offset of each HLS WebVTT segment. Segmented captions repeat the {@code WEBVTT} header in every segment
 * with an {@code X-TIMESTAMP-MAP=MPEGTS:181083,LOCAL:00:00:00.000} line that ties the segment's cue times to the
 * video's 90 kHz clock; cues are placed relative to the first segment's map, so a file whose maps are all equal
 * (the usual case) keeps its times.
 */
final class SegmentClock {
    private static final Pattern MPEGTS = Pattern.compile("MPEGTS:(\\d{1,15})");
    private static final Pattern LOCAL = Pattern.compile("LOCAL:([0-9:.]+)");

    private Double origin;

    /** Reads a header block and returns the offset in seconds for the cues that follow it. */
    double offsetAfter(List<String> header) {
        for (String line : header) {
            if (line.startsWith("X-TIMESTAMP-MAP=")) {
                Matcher ts = MPEGTS.matcher(line);
                Matcher local = LOCAL.matcher(line);
                Double localSeconds = local.find() ? CaptionTime.seconds(local.group(1), TranscriptReader.Format.VTT) : null;
                if (ts.find() && localSeconds != null) {
                    double mapped = Long.parseLong(ts.group(1)) / 90_000.0 - localSeconds;
                    if (origin == null) {
                        origin = mapped;
                    }
                    return Math.round((mapped - origin) * 1000) / 1000.0;
                }
            }
        }
        return 0;
    }
}
